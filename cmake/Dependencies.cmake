# nlohmann_json and Catch2 from Debian's packages. Under Emscripten the
# packages' CMake configs add -isystem /usr/include, which shadows the wasm
# sysroot; so the wasm build sees a folder holding only the two libraries'
# headers instead (TOOLCHAIN.md, pitfall 3).
if(EMSCRIPTEN)
  set(_third_party "${CMAKE_BINARY_DIR}/third-party-include")
  file(MAKE_DIRECTORY "${_third_party}")
  foreach(_lib nlohmann catch2)
    if(NOT EXISTS "${_third_party}/${_lib}")
      file(CREATE_LINK "/usr/include/${_lib}" "${_third_party}/${_lib}" SYMBOLIC)
    endif()
  endforeach()
  add_library(imgcost_third_party INTERFACE)
  target_include_directories(imgcost_third_party SYSTEM INTERFACE "${_third_party}")
  add_library(nlohmann_json::nlohmann_json ALIAS imgcost_third_party)
  add_library(Catch2::Catch2 ALIAS imgcost_third_party)
  set(IMGCOST_HAVE_CATCH2 ON)
  # Native wasm exception handling: smaller and faster than JS-based exceptions.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(Catch2 2 QUIET)
  set(IMGCOST_HAVE_CATCH2 ${Catch2_FOUND})
endif()
