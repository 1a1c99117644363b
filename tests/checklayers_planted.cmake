# The layer check must catch every form of include: copies app/ and ui/ to a scratch folder,
# checks that the copy passes, then plants one forbidden include at a time and expects a failure
# that names it. Run: cmake -DSOURCE_DIR=<repo> -DSCRATCH=<dir> -P checklayers_planted.cmake
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH}/cmake)
file(COPY ${SOURCE_DIR}/app ${SOURCE_DIR}/ui DESTINATION ${SCRATCH})
file(COPY ${SOURCE_DIR}/cmake/CheckLayers.cmake ${SOURCE_DIR}/cmake/Layers.cmake
     DESTINATION ${SCRATCH}/cmake)

# ARGV2: the file the failure must name (default: the app/calls victim below).
function(run_check expect_ok what)
    set(named "TransferStats.cpp")
    if(ARGC GREATER 2)
        set(named "${ARGV2}")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SCRATCH}
                            -P ${SCRATCH}/cmake/CheckLayers.cmake
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expect_ok AND NOT rc EQUAL 0)
        message(FATAL_ERROR "${what}: the check failed on a clean copy:\n${err}")
    elseif(NOT expect_ok AND rc EQUAL 0)
        message(FATAL_ERROR "${what}: the check did not catch it")
    elseif(NOT expect_ok AND NOT err MATCHES "${named}")
        message(FATAL_ERROR "${what}: the failure does not name the file:\n${err}")
    endif()
endfunction()

run_check(TRUE "clean copy")
set(victim ${SCRATCH}/app/calls/TransferStats.cpp)
file(READ ${victim} original)
foreach(planted
        "#include \"app/models/CallLogModel.h\""
        "#include <app/models/CallLogModel.h>"
        "#  include \"app/net/ApiCall.h\""
        "#include \"../net/ApiCall.h\""
        "#include \"../../ui/MainWindow.h\"")
    file(WRITE ${victim} "${planted}\n${original}")
    run_check(FALSE "${planted}")
endforeach()
# A relative include of a file beside it, and of a layer below, stay allowed.
file(WRITE ${victim} "#include \"../support/Format.h\"\n#include \"Redaction.h\"\n${original}")
run_check(TRUE "allowed relative includes")
# The window reaches the service layers only through the session: ui may not include net,
# auth, history or sandbox, in any form.
set(widget ${SCRATCH}/ui/TokenBar.cpp)
file(READ ${widget} original)
foreach(planted
        "#include <app/net/FhirClient.h>"
        "#include \"app/auth/TokenStore.h\""
        "#include <app/history/HistoryStore.h>"
        "#include \"../app/sandbox/SandboxHost.h\"")
    file(WRITE ${widget} "${planted}\n${original}")
    run_check(FALSE "ui: ${planted}" "TokenBar.cpp")
endforeach()
file(WRITE ${widget} "${original}")
file(REMOVE_RECURSE ${SCRATCH})
