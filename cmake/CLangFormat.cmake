# `cmake --build build --target format` applies .clang-format; `format-check` fails on any difference.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE GUICHET_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/benchmarks/*.cpp ${PROJECT_SOURCE_DIR}/benchmarks/*.h
        ${PROJECT_SOURCE_DIR}/translations/*.cpp ${PROJECT_SOURCE_DIR}/translations/*.h)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${GUICHET_FORMAT_SOURCES}
        COMMENT "Applying .clang-format")
    add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${GUICHET_FORMAT_SOURCES}
        COMMENT "Checking .clang-format")
endif()
