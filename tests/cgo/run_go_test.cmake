# Runs `go test` on this module against a built libcorral.a, offline.
# Invoked by CTest: cmake -DGO=... -DMODULE_DIR=... -DINCLUDE_DIR=... -DLIBRARY=... -DWORK_DIR=... -P run_go_test.cmake
#
# cgo directives cannot see CMake variables, so the include path and the
# library reach cgo through CGO_CFLAGS/CGO_LDFLAGS.  Go's build cache keys on
# those flags but not on the bytes of the archive they name, so the
# library's hash goes into CGO_CFLAGS: a rebuilt libcorral.a relinks the test.
foreach(var GO MODULE_DIR INCLUDE_DIR LIBRARY WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_go_test.cmake: -D${var}=... is required")
  endif()
endforeach()
file(SHA256 "${LIBRARY}" library_hash)
string(SUBSTRING "${library_hash}" 0 16 library_hash)

set(ENV{CGO_ENABLED} 1)
set(ENV{CGO_CFLAGS} "-I${INCLUDE_DIR} -DCORRAL_LIBRARY_STAMP=${library_hash}")
set(ENV{CGO_LDFLAGS} "${LIBRARY} -lm")
set(ENV{GOFLAGS} "-mod=mod")
set(ENV{GOCACHE} "${WORK_DIR}/gocache")
set(ENV{GOPATH} "${WORK_DIR}/gopath")
set(ENV{GOTMPDIR} "")
set(ENV{GOPROXY} "off")
set(ENV{GOTOOLCHAIN} "local")
set(ENV{GO111MODULE} "on")
file(MAKE_DIRECTORY "${WORK_DIR}/gocache" "${WORK_DIR}/gopath")

execute_process(COMMAND "${GO}" test -count=1 -timeout 120s -v .
                WORKING_DIRECTORY "${MODULE_DIR}"
                RESULT_VARIABLE go_result)
if(NOT go_result EQUAL 0)
  message(FATAL_ERROR "go test failed (${go_result})")
endif()
