# Hardening build options (docs/security.md).
#
#   -DCORRAL_SANITIZE=ON  everything (library, CLI, C tests) built with
#                         AddressSanitizer + UndefinedBehaviorSanitizer
#                         (+ LeakSanitizer, part of ASan on Linux); any UB
#                         report aborts the process, so a CTest run under it
#                         is green only when the sanitizers found nothing.
#   -DCORRAL_FUZZ=ON      the libFuzzer targets of tests/fuzz (clang only);
#                         implies the sanitizers for the fuzz targets.
#
# Include this file from the root CMakeLists.txt after the project's
# add_compile_options() and before the first target, so every target
# (and every subdirectory) gets the flags.

option(CORRAL_SANITIZE "Build with ASan + UBSan (+ LSan)" OFF)
option(CORRAL_FUZZ "Build the libFuzzer targets (clang only)" OFF)

set(CORRAL_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)

if(CORRAL_SANITIZE)
  add_compile_options(${CORRAL_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  # Options every sanitized process of the test suite runs with; tests pass
  # them through their ENVIRONMENT property (see tests/hostile, tests/alloc_fail).
  set(CORRAL_SANITIZER_ENV
      "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:allocator_may_return_null=1"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

if(CORRAL_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CORRAL_FUZZ=ON needs clang (cmake -DCMAKE_C_COMPILER=clang ...)")
  endif()
  # The library is instrumented for coverage so libFuzzer can steer; only
  # the fuzz targets themselves link the fuzzer's main().
  add_compile_options(-fsanitize=fuzzer-no-link)
  if(NOT CORRAL_SANITIZE)
    add_compile_options(${CORRAL_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
  endif()
endif()
