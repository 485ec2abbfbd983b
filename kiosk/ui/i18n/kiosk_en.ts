<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArtisanPage</name>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="44"/>
        <source>Artisan</source>
        <translation>Artisan</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="45"/>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="46"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="47"/>
        <source>Artisan cluster</source>
        <translation>Artisan cluster</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="61"/>
        <source>Works in %1, Uttar Pradesh</source>
        <translation>Works in %1, Uttar Pradesh</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="69"/>
        <source>All products of %1</source>
        <translation>All products of %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="83"/>
        <source>Their products</source>
        <translation>Their products</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="138"/>
        <source>Meet the artisan</source>
        <translation>Meet the artisan</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="139"/>
        <source>Their story and workshop</source>
        <translation>Their story and workshop</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="149"/>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="150"/>
        <source>Works without internet</source>
        <translation>Works without internet</translation>
    </message>
</context>
<context>
    <name>CraftTile</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/CraftTile.qml" line="72"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CraftsPage</name>
    <message>
        <location filename="../qml/Kiosk/CraftsPage.qml" line="12"/>
        <source>Explore by craft</source>
        <translation>Explore by craft</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/CraftsPage.qml" line="13"/>
        <source>Choose a craft to see its products from across Uttar Pradesh.</source>
        <translation>Choose a craft to see its products from across Uttar Pradesh.</translation>
    </message>
</context>
<context>
    <name>DistrictMap</name>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="26"/>
        <source>Map of the districts</source>
        <translation>Map of the districts</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="215"/>
        <source>Whole state</source>
        <translation>Whole state</translation>
    </message>
</context>
<context>
    <name>DistrictsPage</name>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="12"/>
        <source>Explore by district</source>
        <translation>Explore by district</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="13"/>
        <source>Every district of Uttar Pradesh has its own signature product.</source>
        <translation>Every district of Uttar Pradesh has its own signature product.</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPage.qml" line="12"/>
        <source>Featured crafts</source>
        <translation>Featured crafts</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/GalleryPage.qml" line="13"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="42"/>
        <source>One District One Product</source>
        <translation>One District One Product</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="51"/>
        <source>Crafted in Uttar Pradesh, Admired by the World!</source>
        <translation>Crafted in Uttar Pradesh, Admired by the World!</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="60"/>
        <source>75 districts, each with a signature craft passed down through generations.</source>
        <translation>75 districts, each with a signature craft passed down through generations.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="82"/>
        <source>Explore by craft</source>
        <translation>Explore by craft</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="83"/>
        <source>Silk, brass, glass, clay, wood and more</source>
        <translation>Silk, brass, glass, clay, wood and more</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="92"/>
        <source>Explore by district</source>
        <translation>Explore by district</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="93"/>
        <source>All 75 districts of Uttar Pradesh</source>
        <translation>All 75 districts of Uttar Pradesh</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="102"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="103"/>
        <source>Find a product, a craft or a place by name</source>
        <translation>Find a product, a craft or a place by name</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="112"/>
        <source>Featured crafts</source>
        <translation>Featured crafts</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="113"/>
        <source>Masterpieces chosen for the Expo</source>
        <translation>Masterpieces chosen for the Expo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="122"/>
        <source>My shortlist</source>
        <translation>My shortlist</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomePage.qml" line="124"/>
        <source>%n product(s) saved: take them with you in one QR code</source>
        <translation>
            <numerusform>%n product saved: take it with you in one QR code</numerusform>
            <numerusform>%n products saved: take them with you in one QR code</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="126"/>
        <source>Collect products and take them with you in one QR code</source>
        <translation>Collect products and take them with you in one QR code</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="39"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="55"/>
        <source>Touch anywhere to keep exploring.</source>
        <translation>Touch anywhere to keep exploring.</translation>
    </message>
</context>
<context>
    <name>KeyboardKey</name>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="25"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="26"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="27"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="32"/>
        <source>Low reach is on: everything stands within reach below.</source>
        <translation>Low reach is on: everything stands within reach below.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="42"/>
        <source>The button at the bottom right turns it off.</source>
        <translation>The button at the bottom right turns it off.</translation>
    </message>
</context>
<context>
    <name>LowReachButton</name>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: on</source>
        <translation>Low reach: on</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: off</source>
        <translation>Low reach: off</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="19"/>
        <source>Brings the top of every screen within reach</source>
        <translation>Brings the top of every screen within reach</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="17"/>
        <source>Explore by district</source>
        <translation>Explore by district</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="18"/>
        <source>Tap a district to see what it makes. Pinch to zoom.</source>
        <translation>Tap a district to see what it makes. Pinch to zoom.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="28"/>
        <source>A–Z list</source>
        <translation>A–Z list</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="26"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="32"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="39"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="56"/>
        <source>One District One Product · Uttar Pradesh</source>
        <translation>One District One Product · Uttar Pradesh</translation>
    </message>
</context>
<context>
    <name>PhotoCarousel</name>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="22"/>
        <source>Photo coming soon</source>
        <translation>Photo coming soon</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="48"/>
        <source>Photo %1 of %2, full screen</source>
        <translation>Photo %1 of %2, full screen</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="70"/>
        <source>Illustrative image</source>
        <translation>Illustrative image</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="65"/>
        <source>GI tag</source>
        <translation>GI tag</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="79"/>
        <source>Added in %1</source>
        <translation>Added in %1</translation>
    </message>
</context>
<context>
    <name>ProductCodes</name>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="76"/>
        <source>Meet the artisan</source>
        <translation>Meet the artisan</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="77"/>
        <source>Their story and workshop</source>
        <translation>Their story and workshop</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="86"/>
        <source>Buyer enquiry</source>
        <translation>Buyer enquiry</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="87"/>
        <source>Ask about orders and trade</source>
        <translation>Ask about orders and trade</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="100"/>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="101"/>
        <source>Works without internet</source>
        <translation>Works without internet</translation>
    </message>
</context>
<context>
    <name>ProductStory</name>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="36"/>
        <source>GI tag · Geographical Indication</source>
        <translation>GI tag · Geographical Indication</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="45"/>
        <source>Added to the ODOP list in %1</source>
        <translation>Added to the ODOP list in %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="55"/>
        <source>Product no. %1</source>
        <translation>Product no. %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="73"/>
        <source>From %1, Uttar Pradesh</source>
        <translation>From %1, Uttar Pradesh</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="91"/>
        <source>On your shortlist</source>
        <translation>On your shortlist</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="92"/>
        <source>Add to shortlist</source>
        <translation>Add to shortlist</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="93"/>
        <source>Shortlist full (%1)</source>
        <translation>Shortlist full (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="104"/>
        <source>My shortlist (%1)</source>
        <translation>My shortlist (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="119"/>
        <source>Materials: %1</source>
        <translation>Materials: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="139"/>
        <location filename="../qml/Kiosk/ProductStory.qml" line="181"/>
        <source>Meet the maker</source>
        <translation>Meet the maker</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="160"/>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="16"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="17"/>
        <source>Type a product, a craft, a material or a place.</source>
        <translation>Type a product, a craft, a material or a place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/SearchPage.qml" line="18"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n product found</numerusform>
            <numerusform>%n products found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="52"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="53"/>
        <source>Results appear here as you type.</source>
        <translation>Results appear here as you type.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="61"/>
        <source>Try fewer letters, or look through the crafts.</source>
        <translation>Try fewer letters, or look through the crafts.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="62"/>
        <source>Or look through the crafts of Uttar Pradesh.</source>
        <translation>Or look through the crafts of Uttar Pradesh.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="68"/>
        <source>Explore by craft</source>
        <translation>Explore by craft</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="167"/>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="18"/>
        <source>My shortlist</source>
        <translation>My shortlist</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="20"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="21"/>
        <source>room for %n</source>
        <translation>
            <numerusform>room for %n more</numerusform>
            <numerusform>room for %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="89"/>
        <source>One code for your whole shortlist</source>
        <translation>One code for your whole shortlist</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="97"/>
        <source>Scan it with your phone to open a buyer-enquiry page listing these products, ready to send to the makers.</source>
        <translation>Scan it with your phone to open a buyer-enquiry page listing these products, ready to send to the makers.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="115"/>
        <source>Your shortlist is empty</source>
        <translation>Your shortlist is empty</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="123"/>
        <source>Tap “Add to shortlist” on any product to collect it here. When you are done, one QR code takes the whole list to your phone.</source>
        <translation>Tap “Add to shortlist” on any product to collect it here. When you are done, one QR code takes the whole list to your phone.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="129"/>
        <source>See featured crafts</source>
        <translation>See featured crafts</translation>
    </message>
</context>
<context>
    <name>ShortlistRow</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistRow.qml" line="91"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>StaffBarChart</name>
    <message>
        <location filename="../qml/Kiosk/StaffBarChart.qml" line="23"/>
        <source>Nothing yet today.</source>
        <translation>Nothing yet today.</translation>
    </message>
</context>
<context>
    <name>StaffDoctorPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="19"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="20"/>
        <source>Checking… this takes a few seconds.</source>
        <translation>Checking… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="21"/>
        <source>The same checks as kiosk-admin doctor, one line each.</source>
        <translation>The same checks as kiosk-admin doctor, one line each.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="30"/>
        <source>Run the checks</source>
        <translation>Run the checks</translation>
    </message>
</context>
<context>
    <name>StaffInstallPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="21"/>
        <source>%1 can be installed: catalogue version %2.</source>
        <translation>%1 can be installed: catalogue version %2.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="22"/>
        <source>%1 can be installed.</source>
        <translation>%1 can be installed.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="23"/>
        <source>%1 matches the catalogue shown: nothing to change.</source>
        <translation>%1 matches the catalogue shown: nothing to change.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="24"/>
        <source>%1 is not newer than the catalogue shown: nothing to install.</source>
        <translation>%1 is not newer than the catalogue shown: nothing to install.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="25"/>
        <source>%1 was refused.</source>
        <translation>%1 was refused.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="26"/>
        <source>%1 was refused: %n problem(s).</source>
        <translation>
            <numerusform>%1 was refused: %n problem.</numerusform>
            <numerusform>%1 was refused: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="28"/>
        <source>Installed %1.</source>
        <translation>Installed %1.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="29"/>
        <source>%1 is not a catalogue: the kiosk installs bundles (.zip, made by kiosk-admin bundle) and spreadsheets (.xlsx or .csv).</source>
        <translation>%1 is not a catalogue: the kiosk installs bundles (.zip, made by kiosk-admin bundle) and spreadsheets (.xlsx or .csv).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="30"/>
        <source>%1 is a spreadsheet the kiosk cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.</source>
        <translation>%1 is a spreadsheet the kiosk cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="31"/>
        <source>The kiosk could not read %1.</source>
        <translation>The kiosk could not read %1.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="35"/>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 added, %3 changed, %4 removed</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="38"/>
        <source>%n new photo file(s).</source>
        <translation>
            <numerusform>%n new photo file.</numerusform>
            <numerusform>%n new photo files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="41"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="45"/>
        <source>A backup of the catalogue shown now is taken first.</source>
        <translation>A backup of the catalogue shown now is taken first.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="47"/>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="49"/>
        <source>Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: copy it onto the stick again.</source>
        <translation>Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: copy it onto the stick again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="51"/>
        <source>Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run lists the same problems) and try again.</source>
        <translation>Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run lists the same problems) and try again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="53"/>
        <source>Make the bundle again from the newer catalogue (kiosk-admin bundle), or install this one with kiosk-admin import --force.</source>
        <translation>Make the bundle again from the newer catalogue (kiosk-admin bundle), or install this one with kiosk-admin import --force.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="63"/>
        <source>Install a catalogue</source>
        <translation>Install a catalogue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="65"/>
        <source>Looking in: %1</source>
        <translation>Looking in: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="66"/>
        <source>No USB stick found. Insert one, wait a moment, then tap Look again.</source>
        <translation>No USB stick found. Insert one, wait a moment, then tap Look again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="75"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="122"/>
        <source>Catalogue bundle</source>
        <translation>Catalogue bundle</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="123"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="124"/>
        <source>Not a catalogue</source>
        <translation>Not a catalogue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="143"/>
        <source>No catalogue files here. The kiosk installs bundles (.zip) and spreadsheets (.xlsx, .csv).</source>
        <translation>No catalogue files here. The kiosk installs bundles (.zip) and spreadsheets (.xlsx, .csv).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="165"/>
        <source>Checking the file… nothing is changed.</source>
        <translation>Checking the file… nothing is changed.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="166"/>
        <source>Installing…</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="167"/>
        <source>Tap a file to check it. Nothing is installed before you confirm.</source>
        <translation>Tap a file to check it. Nothing is installed before you confirm.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="216"/>
        <source>Install %1</source>
        <translation>Install %1</translation>
    </message>
</context>
<context>
    <name>StaffLeavePage</name>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="19"/>
        <source>Restart or leave</source>
        <translation>Restart or leave</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="23"/>
        <source>Close the panel</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="28"/>
        <source>Back to the attract loop, ready for visitors.</source>
        <translation>Back to the attract loop, ready for visitors.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="33"/>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="39"/>
        <source>The kiosk program stops and starts again within a few seconds.</source>
        <translation>The kiosk program stops and starts again within a few seconds.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="44"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="51"/>
        <source>Asks for the PIN again. The kiosk stops and is not started again: the screen shows the computer&apos;s text console. Restart the computer to bring the kiosk back.</source>
        <translation>Asks for the PIN again. The kiosk stops and is not started again: the screen shows the computer&apos;s text console. Restart the computer to bring the kiosk back.</translation>
    </message>
</context>
<context>
    <name>StaffMenuPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="13"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="14"/>
        <source>Hide or show, feature or unfeature, on this kiosk</source>
        <translation>Hide or show, feature or unfeature, on this kiosk</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="15"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="16"/>
        <source>How long before the kiosk asks if anyone is there</source>
        <translation>How long before the kiosk asks if anyone is there</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="17"/>
        <source>Install a catalogue</source>
        <translation>Install a catalogue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="18"/>
        <source>From a USB stick or the install folder</source>
        <translation>From a USB stick or the install folder</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="19"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="20"/>
        <source>Today&apos;s visits, as charts</source>
        <translation>Today&apos;s visits, as charts</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="21"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="22"/>
        <source>Check the catalogue, photos, QR codes and fonts</source>
        <translation>Check the catalogue, photos, QR codes and fonts</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="23"/>
        <source>Restart or leave</source>
        <translation>Restart or leave</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="24"/>
        <source>Restart the kiosk or leave kiosk mode</source>
        <translation>Restart the kiosk or leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="46"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="56"/>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="77"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="61"/>
        <source>Wrong PIN. Try again in %1.</source>
        <translation>Wrong PIN. Try again in %1.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="62"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="64"/>
        <source>Enter the staff PIN again to leave kiosk mode.</source>
        <translation>Enter the staff PIN again to leave kiosk mode.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="65"/>
        <source>Enter the staff PIN.</source>
        <translation>Enter the staff PIN.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="107"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="108"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffProductRow</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="42"/>
        <source>Hidden here</source>
        <translation>Hidden here</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="43"/>
        <source>Featured</source>
        <translation>Featured</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="60"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Unfeature</source>
        <translation>Unfeature</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
</context>
<context>
    <name>StaffProductsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="24"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="25"/>
        <source>Changes made here stay on this kiosk, whatever catalogue is installed.</source>
        <translation>Changes made here stay on this kiosk, whatever catalogue is installed.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="36"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="42"/>
        <source>Changed here: %1</source>
        <translation>Changed here: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="49"/>
        <source>Undo all</source>
        <translation>Undo all</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="62"/>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="63"/>
        <source>Type on the keyboard to find a product.</source>
        <translation>Type on the keyboard to find a product.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="101"/>
        <source>Nothing is changed on this kiosk.</source>
        <translation>Nothing is changed on this kiosk.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="102"/>
        <source>No product found.</source>
        <translation>No product found.</translation>
    </message>
</context>
<context>
    <name>StaffStatsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="13"/>
        <source>Visits per hour</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="14"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="15"/>
        <source>QR codes shown</source>
        <translation>QR codes shown</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="16"/>
        <source>Most viewed products</source>
        <translation>Most viewed products</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="19"/>
        <source>Meet the artisan</source>
        <translation>Meet the artisan</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="20"/>
        <source>Buyer enquiry</source>
        <translation>Buyer enquiry</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="21"/>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="22"/>
        <source>My shortlist</source>
        <translation>My shortlist</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="40"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="41"/>
        <source>Today so far, on this kiosk. kiosk-admin stats gives every day, as CSV and charts.</source>
        <translation>Today so far, on this kiosk. kiosk-admin stats gives every day, as CSV and charts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="46"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n visit today</numerusform>
            <numerusform>%n visits today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="47"/>
        <source>average %1 s</source>
        <translation>average %1 s</translation>
    </message>
</context>
<context>
    <name>StaffTimeoutPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="20"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="21"/>
        <source>Seconds without a touch before the kiosk asks “Are you still there?” and then returns to its attract loop.</source>
        <translation>Seconds without a touch before the kiosk asks “Are you still there?” and then returns to its attract loop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="26"/>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="50"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="36"/>
        <source>Set in this panel. It wins over the machine file and the catalogue.</source>
        <translation>Set in this panel. It wins over the machine file and the catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="37"/>
        <source>From the machine file.</source>
        <translation>From the machine file.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="38"/>
        <source>From the catalogue.</source>
        <translation>From the catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="39"/>
        <source>The default.</source>
        <translation>The default.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="59"/>
        <source>Use the machine&apos;s setting</source>
        <translation>Use the machine&apos;s setting</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="71"/>
        <source>Illustrative image</source>
        <translation>Illustrative image</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="99"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
