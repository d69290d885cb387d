# Compiler warnings, hardening and Qt strictness shared by every Guichet target.
add_library(guichet_flags INTERFACE)
target_compile_options(guichet_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough
    -fstack-protector-strong)
if(GUICHET_WERROR)
    target_compile_options(guichet_flags INTERFACE -Werror)
endif()
target_compile_definitions(guichet_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    # libp11.h still declares deprecated OpenSSL API; pin the 3.0 API level instead of OPENSSL_NO_DEPRECATED.
    OPENSSL_API_COMPAT=30000
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(guichet_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
if(GUICHET_ASAN)
    target_compile_options(guichet_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(guichet_flags INTERFACE -fsanitize=address,undefined)
endif()
