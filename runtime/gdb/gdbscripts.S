// gdbscripts.S: the gdb extension, runtime/gdb/gort-gdb.py, inline in the
// program's .debug_gdb_scripts section, where gdb finds it in the program
// and in its core files (docs/DEBUGGING.md). Included by each target's
// asm_<arch>.S, whose object every program links, so that the section
// comes with it. One entry: SECTION_SCRIPT_ID_PYTHON_TEXT (4), the
// script's name and a newline, its text, a NUL. "MS": one copy however
// many objects hold it. GORT_GDB_SCRIPT, the script's path, comes from
// runtime/CMakeLists.txt.
	.pushsection .debug_gdb_scripts,"MS",%progbits,1
	.byte	4
	.ascii	"gort-gdb.py\n"
	.incbin	GORT_GDB_SCRIPT
	.byte	0
	.popsection
