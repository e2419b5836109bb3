# SPDX-License-Identifier: GPL-3.0-or-later
# Runs harbour with a broken questionnaire: it must exit with 2 and name the problem.
execute_process(COMMAND ${HARBOUR} --questionnaire ${QUESTIONNAIRE} --self-test
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out TIMEOUT 60)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "expected exit code 2, got ${rc}: ${err}")
endif()
if(NOT err MATCHES "is not usable: question \"platform\": \"show_if\" names \"onlin\", which is not a question here")
    message(FATAL_ERROR "the message does not name the problem: ${err}")
endif()
message(STATUS "refused: ${err}")
