# Writes what `promenade --generate FORMAT` prints to OUTPUT (the man page, the completions).
# Run by the build: cmake -DPROMENADE=... -DFORMAT=man|bash|zsh -DOUTPUT=... -P generate-cli-file.cmake
execute_process(
    COMMAND "${PROMENADE}" --generate "${FORMAT}"
    OUTPUT_FILE "${OUTPUT}.tmp"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "promenade --generate ${FORMAT} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
