set print thread-events off
break newprocreadylocked
commands
silent
printf "birth of goroutine %d\n", g->goid
continue
end
run
