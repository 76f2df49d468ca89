# thads_add_test(NAME SOURCES ... [LIBS ...] [DEMO])
# One QtTest executable per unit of behaviour, registered with CTest and run headless.
# Labelled by its folder under tests/ (core, storage, cli, charts, gui, models,
# registers, report, ...), and also "gui" when it drives the real widgets
# (links thads_gui): `ctest -L gui` runs one part.
# DEMO: the test reads the demo province; CTest builds it once per run (the
# fixture thads_demo, tests/CMakeLists.txt) and TestDatabase::demo() copies it.
function(thads_add_test name)
    cmake_parse_arguments(ARG "DEMO" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test thads_test_support ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(labels ${folder})
    if("thads_gui" IN_LIST ARG_LIBS AND NOT folder STREQUAL "gui")
        list(APPEND labels gui)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        LABELS "${labels}"
        TIMEOUT 600)
    if(ARG_DEMO)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED thads_demo)
    endif()
endfunction()
