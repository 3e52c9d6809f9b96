# nlohmann_json and Catch2 from their installed CMake packages (Debian's
# nlohmann-json3-dev and catch2). Catch2 is optional: without it there are no
# tests (IMGCOST_REQUIRE_TESTS makes it required).
if(EMSCRIPTEN)
  # The toolchain restricts package lookup to the wasm sysroot; the two
  # libraries are header-only, so the host's packages serve.
  set(_host_package NO_CMAKE_FIND_ROOT_PATH)
endif()
find_package(nlohmann_json 3.10 REQUIRED CONFIG ${_host_package})
find_package(Catch2 2 QUIET CONFIG ${_host_package})
set(IMGCOST_HAVE_CATCH2 ${Catch2_FOUND})

if(EMSCRIPTEN)
  # The packages' targets carry -isystem /usr/include, which shadows the wasm
  # sysroot's C library (docs/building.md, the include-folder trick). So the
  # wasm build points them at a folder holding only the two libraries' header
  # folders, as symlinks into the packages' include folders.
  set(_third_party "${CMAKE_BINARY_DIR}/third-party-include")
  file(MAKE_DIRECTORY "${_third_party}")
  function(_imgcost_wasm_headers target folder)
    if(NOT TARGET ${target})
      return()
    endif()
    get_target_property(dirs ${target} INTERFACE_INCLUDE_DIRECTORIES)
    foreach(dir IN LISTS dirs)
      if(EXISTS "${dir}/${folder}" AND NOT EXISTS "${_third_party}/${folder}")
        file(CREATE_LINK "${dir}/${folder}" "${_third_party}/${folder}" SYMBOLIC)
      endif()
    endforeach()
    if(NOT EXISTS "${_third_party}/${folder}")
      message(FATAL_ERROR "${folder}/ not found in ${target}'s include folders (${dirs})")
    endif()
    set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_third_party}"
                                               INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_third_party}")
  endfunction()
  _imgcost_wasm_headers(nlohmann_json::nlohmann_json nlohmann)
  _imgcost_wasm_headers(Catch2::Catch2 catch2)
  # Native wasm exception handling: smaller and faster than JS-based exceptions.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
endif()
