// ICU's data (locale names, calendars, time zones, collation, number and date formats) is 34 MB of the static
// release binary, more than everything else together. Foundation links it because Yams refers to DateFormatter,
// NumberFormatter and NSRegularExpression, but orderhelp never runs them: it reads YAML scalars as plain text
// and works out dates itself (localtime_r, CalendarDate). ICU takes its data from the symbol below; defining it
// here, as an empty table of contents, keeps the linker from pulling in the real one. ICU then answers any
// request for data with "missing resource", and its character properties, compiled into its code, still work.
// Only the release build defines it (Package.swift); debug builds and `swift test` use Foundation's own ICU.
// The name carries ICU's major version: with another version this defines an unused symbol and the data is
// linked again, correct but larger.
#ifdef ORDERHELP_OMIT_ICU_DATA
#include <stdint.h>

/// The layout of ICU's common data header (udata.h's DataHeader and UDataInfo) with an empty table of contents.
struct ICUCommonData {
    uint16_t headerSize;
    uint8_t magic1, magic2;
    struct {
        uint16_t size, reservedWord;
        uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
        uint8_t dataFormat[4], formatVersion[4], dataVersion[4];
    } info;
    char padding[8];
    uint32_t count, reserved;
    uint32_t entries[4];
};

__attribute__((visibility("default"), used))
const struct ICUCommonData icudt76_dat = {
    .headerSize = 32, .magic1 = 0xda, .magic2 = 0x27,
    .info = {
        .size = 20, .isBigEndian = 0, .charsetFamily = 0 /* ASCII */, .sizeofUChar = 2,
        .dataFormat = {'T', 'o', 'C', 'P'}, .formatVersion = {1, 0, 0, 0},
    },
    .count = 0,
};
#endif
