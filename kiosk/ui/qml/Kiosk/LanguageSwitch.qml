pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// English / हिन्दी / 日本語, each named in its own script; the current one is lit.
Row {
    id: languageSwitch

    required property KioskController kiosk
    property bool onDark: false
    signal chosen(string code)

    spacing: Theme.gap / 2

    Repeater {
        model: languageSwitch.kiosk.languages
        delegate: TouchButton {
            required property var modelData
            objectName: "language-" + modelData.code
            text: modelData.label
            implicitWidth: Theme.touchTarget * 1.6
            highlighted: languageSwitch.kiosk.language === modelData.code
            baseColor: highlighted ? Theme.maroon
                                   : (languageSwitch.onDark ? Theme.buttonOnDark : Theme.card)
            textColor: highlighted || languageSwitch.onDark ? Theme.onDark : Theme.ink
            onTapped: {
                languageSwitch.kiosk.setLanguage(modelData.code)
                languageSwitch.chosen(modelData.code)
            }
        }
    }
}
