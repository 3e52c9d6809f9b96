# imgcost_warnings(target): the project's warning flags, for every target of
# every build (native GCC or Clang, Emscripten's clang, the fuzzing clang).
function(imgcost_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  endif()
endfunction()
