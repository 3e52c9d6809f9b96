# Toolchain file for the wasm preset: finds the installed Emscripten and
# includes its own toolchain file, so no path is written in the repository.
# The Emscripten root comes from `em-config EMSCRIPTEN_ROOT`, or else from the
# folder of the real em++ on PATH (Debian: /usr/bin/em++ -> /usr/share/emscripten;
# emsdk: upstream/emscripten/em++).
if(NOT IMGCOST_EMSCRIPTEN_ROOT)
  find_program(IMGCOST_EM_CONFIG em-config)
  if(IMGCOST_EM_CONFIG)
    execute_process(COMMAND "${IMGCOST_EM_CONFIG}" EMSCRIPTEN_ROOT
                    OUTPUT_VARIABLE _root OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE _result ERROR_QUIET)
    if(NOT _result EQUAL 0)
      unset(_root)
    endif()
  endif()
  if(NOT _root OR NOT EXISTS "${_root}/cmake/Modules/Platform/Emscripten.cmake")
    find_program(IMGCOST_EMXX em++)
    if(IMGCOST_EMXX)
      get_filename_component(_root "${IMGCOST_EMXX}" REALPATH)
      get_filename_component(_root "${_root}" DIRECTORY)
    endif()
  endif()
  if(NOT _root OR NOT EXISTS "${_root}/cmake/Modules/Platform/Emscripten.cmake")
    message(FATAL_ERROR "Emscripten not found: install Debian's emscripten package or put em++ on PATH")
  endif()
  # Cached so that try_compile projects, which rerun this file, agree.
  set(IMGCOST_EMSCRIPTEN_ROOT "${_root}" CACHE PATH "Emscripten's root folder (holds cmake/Modules/Platform/Emscripten.cmake)")
  unset(_root)
  unset(_result)
endif()
include("${IMGCOST_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
