import QtQuick
import Kiosk.Backend

// A product's story, to scroll: its craft and tags, name and district, the shortlist
// buttons, the description and materials, and who made it.
Flickable {
    id: story
    objectName: "productStory"

    required property KioskController kiosk
    readonly property ProductDetail product: kiosk.product

    contentHeight: column.implicitHeight + 2 * Theme.gap
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin * 0.75
        width: story.width - 2 * Theme.margin
        spacing: Theme.gap * 0.75

        Flow {
            width: parent.width
            spacing: Theme.gap / 2
            Pill {
                color: story.product.craftColour
                text: story.product.craftName
                textColor: Theme.onDark
            }
            Pill {
                visible: story.product.giTag
                color: Theme.gold
                labelName: "giBadge"
                text: qsTr("GI tag · Geographical Indication")
            }
            // A product of a line the state added to the district's ODOP list later.
            Pill {
                visible: story.product.odopAdded > 0
                color: Theme.clear
                border.color: Theme.gold
                border.width: Theme.hairline
                labelName: "odopAdded"
                text: qsTr("Added to the ODOP list in %1").arg(story.product.odopAdded)
                font.weight: Font.Normal
            }
            // The number buyers quote (on the labels and in enquiries too).
            Pill {
                visible: story.product.code.length > 0
                color: Theme.clear
                border.color: Theme.line
                border.width: Theme.hairline
                labelName: "productCode"
                text: qsTr("Product no. %1").arg(story.product.code)
                textColor: Theme.inkSoft
                font.weight: Font.Normal
            }
        }
        PlainText {
            objectName: "productName"
            width: parent.width
            text: story.product.name
            font.family: Theme.serif
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            lineHeight: 1.05
            maximumLineCount: 3
        }
        PlainText {
            objectName: "productDistrict"
            width: parent.width
            text: qsTr("From %1, Uttar Pradesh").arg(story.product.districtName)
            color: Theme.maroon
            font.pixelSize: Theme.subheadingSize
            maximumLineCount: 2
        }
        // Collect the product, and see the collection, just under its name.
        Flow {
            width: parent.width
            spacing: Theme.gap / 2
            readonly property bool shortlisted:
                story.kiosk.shortlistIds.indexOf(story.product.productId) >= 0
            readonly property int collected: story.kiosk.shortlistIds.length
            TouchButton {
                id: shortlistToggle
                objectName: "shortlist-toggle"
                readonly property bool checked: parent.shortlisted
                enabled: checked || parent.collected < story.kiosk.shortlistLimit
                opacity: enabled ? 1.0 : 0.55
                text: checked ? qsTr("On your shortlist")
                              : enabled ? qsTr("Add to shortlist")
                                        : qsTr("Shortlist full (%1)").arg(parent.collected)
                highlighted: checked
                baseColor: checked ? Theme.maroon : Theme.card
                textColor: checked ? Theme.onDark : Theme.ink
                font.pixelSize: Theme.bodySize
                onTapped: checked ? story.kiosk.removeFromShortlist(story.product.productId)
                                  : story.kiosk.addToShortlist(story.product.productId)
            }
            TouchButton {
                objectName: "shortlist-view"
                visible: parent.collected > 0
                text: qsTr("My shortlist (%1)").arg(parent.collected)
                font.pixelSize: Theme.bodySize
                onTapped: story.kiosk.openShortlist()
            }
        }
        PlainText {
            objectName: "productDescription"
            width: parent.width
            text: story.product.description
            lineHeight: 1.2
            elide: Text.ElideNone
        }
        PlainText {
            objectName: "productMaterials"
            width: parent.width
            visible: story.product.materials.length > 0
            text: qsTr("Materials: %1").arg(story.product.materials)
            color: Theme.inkSoft
            font.pixelSize: Theme.captionSize
            elide: Text.ElideNone
        }
        // The maker's card opens their page.
        Rectangle {
            id: makerCard
            objectName: "artisanCard"
            width: parent.width
            height: artisan.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: makerTap.pressed ? Qt.darker(Theme.card, 1.08) : Theme.card
            border.color: makerTap.pressed ? Theme.gold : Theme.line
            border.width: Theme.hairline
            scale: makerTap.pressed ? Theme.pressScaleRow : 1.0
            Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

            Accessible.role: Accessible.Button
            Accessible.name: story.product.artisanName
            Accessible.description: qsTr("Meet the maker")
            Accessible.onPressAction: story.kiosk.openArtisan(story.product.artisanId)
            TapHandler {
                id: makerTap
                onTapped: story.kiosk.openArtisan(story.product.artisanId)
            }
            PlainText {
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: "›"
                color: Theme.maroon
                font.pixelSize: Theme.titleSize
            }
            Column {
                id: artisan
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap - Theme.margin
                spacing: Theme.textSpacing
                PlainText {
                    text: qsTr("Made by")
                    color: Theme.inkSoft
                    font.pixelSize: Theme.smallSize
                }
                PlainText {
                    objectName: "artisanName"
                    width: parent.width
                    text: story.product.artisanName
                    font.weight: Font.DemiBold
                    font.pixelSize: Theme.emphasisSize
                    maximumLineCount: 2
                }
                PlainText {
                    width: parent.width
                    text: story.product.artisanBio
                    color: Theme.inkSoft
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideNone
                }
                PlainText {
                    width: parent.width
                    text: qsTr("Meet the maker")
                    color: Theme.maroon
                    font.pixelSize: Theme.smallSize
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
