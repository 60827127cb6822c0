set print thread-events off
break runtime.newprocreadylocked
commands
silent
printf "birth of goroutine %d\n", g->goid
continue
end
run
