pragma Singleton
import QtQuick

// Colours, type scale, spacing and touch sizes: the one place for the kiosk's look.
// Sizes are for a 1080 px short side (both 1080x1920 and 1920x1080 screens).
QtObject {
    // Warm paper and ink, with the saffron, madder and gold of UP's crafts.
    readonly property color paper: "#f6efe4"
    readonly property color paperDeep: "#ede2d1"
    readonly property color card: "#fffaf2"
    readonly property color ink: "#2b1d16"
    readonly property color inkSoft: "#6b5646"
    readonly property color maroon: "#6d1a2a"
    readonly property color maroonDeep: "#4a0f1c"
    readonly property color saffron: "#e0871b"
    readonly property color gold: "#c9a24a"
    readonly property color onDark: "#fff7ea"
    readonly property color line: "#dccdb7"
    readonly property color shade: "#66000000"
    readonly property color pressVeil: "#8cfffaf2"  // over a pressed district on the map

    // Devanagari and Japanese fallbacks of these families are set in kiosk/ui/fonts.py.
    readonly property string sans: "Noto Sans"
    readonly property string serif: "Noto Serif"

    readonly property int displaySize: 76
    readonly property int titleSize: 56
    readonly property int headingSize: 40
    readonly property int subheadingSize: 32
    readonly property int bodySize: 27
    readonly property int smallSize: 22
    readonly property int mapLabelSize: 19  // district names on the map

    readonly property int gap: 24
    readonly property int margin: 48
    readonly property int radius: 22
    readonly property int touchTarget: 96
    readonly property int navBarHeight: 132

    readonly property int fast: 160
    readonly property int calm: 420
}
