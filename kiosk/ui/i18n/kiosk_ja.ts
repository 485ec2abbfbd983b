<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArtisanPage</name>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="44"/>
        <source>Artisan</source>
        <translation>職人</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="45"/>
        <source>Cooperative</source>
        <translation>協同組合</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="46"/>
        <source>Producer</source>
        <translation>生産者</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="47"/>
        <source>Artisan cluster</source>
        <translation>職人クラスター</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="61"/>
        <source>Works in %1, Uttar Pradesh</source>
        <translation>ウッタル・プラデーシュ州%1で活動</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="69"/>
        <source>All products of %1</source>
        <translation>%1のすべての製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="83"/>
        <source>Their products</source>
        <translation>この作り手の製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="138"/>
        <source>Meet the artisan</source>
        <translation>つくり手に会う</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="139"/>
        <source>Their story and workshop</source>
        <translation>物語と工房を見る</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="149"/>
        <source>Save contact</source>
        <translation>連絡先を保存</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="150"/>
        <source>Works without internet</source>
        <translation>インターネット接続は不要です</translation>
    </message>
</context>
<context>
    <name>CraftTile</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/CraftTile.qml" line="72"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 点の製品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CraftsPage</name>
    <message>
        <location filename="../qml/Kiosk/CraftsPage.qml" line="12"/>
        <source>Explore by craft</source>
        <translation>クラフトから探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/CraftsPage.qml" line="13"/>
        <source>Choose a craft to see its products from across Uttar Pradesh.</source>
        <translation>工芸を選ぶと、州内各地の製品をご覧いただけます。</translation>
    </message>
</context>
<context>
    <name>DistrictMap</name>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="26"/>
        <source>Map of the districts</source>
        <translation>県の地図</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="215"/>
        <source>Whole state</source>
        <translation>州全体</translation>
    </message>
</context>
<context>
    <name>DistrictsPage</name>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="12"/>
        <source>Explore by district</source>
        <translation>県から探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="13"/>
        <source>Every district of Uttar Pradesh has its own signature product.</source>
        <translation>ウッタル・プラデーシュ州のどの県にも、それぞれの代表的な製品があります。</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPage.qml" line="12"/>
        <source>Featured crafts</source>
        <translation>注目の工芸品</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/GalleryPage.qml" line="13"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 点の製品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="42"/>
        <source>One District One Product</source>
        <translation>一県一品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="51"/>
        <source>Crafted in Uttar Pradesh, Admired by the World!</source>
        <translation>ウッタル・プラデーシュで生まれ、世界に愛される工芸！</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="60"/>
        <source>75 districts, each with a signature craft passed down through generations.</source>
        <translation>75の県、それぞれに世代を超えて受け継がれてきた伝統の工芸があります。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="82"/>
        <source>Explore by craft</source>
        <translation>クラフトから探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="83"/>
        <source>Silk, brass, glass, clay, wood and more</source>
        <translation>絹、真鍮、ガラス、土、木など</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="92"/>
        <source>Explore by district</source>
        <translation>県から探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="93"/>
        <source>All 75 districts of Uttar Pradesh</source>
        <translation>ウッタル・プラデーシュ州の全75県</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="102"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="103"/>
        <source>Find a product, a craft or a place by name</source>
        <translation>製品・工芸・地名を名前で探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="112"/>
        <source>Featured crafts</source>
        <translation>注目の工芸品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="113"/>
        <source>Masterpieces chosen for the Expo</source>
        <translation>万博のために選ばれた逸品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="122"/>
        <source>My shortlist</source>
        <translation>マイリスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomePage.qml" line="124"/>
        <source>%n product(s) saved: take them with you in one QR code</source>
        <translation>
            <numerusform>%n 点を保存中：QRコードひとつで持ち帰れます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="126"/>
        <source>Collect products and take them with you in one QR code</source>
        <translation>気になる品を集めて、QRコードで持ち帰り</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="39"/>
        <source>Are you still there?</source>
        <translation>まだご覧になっていますか？</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="55"/>
        <source>Touch anywhere to keep exploring.</source>
        <translation>続けるには画面のどこかに触れてください。</translation>
    </message>
</context>
<context>
    <name>KeyboardKey</name>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="25"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="26"/>
        <source>Delete</source>
        <translation>1文字消す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="27"/>
        <source>Clear</source>
        <translation>すべて消す</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="32"/>
        <source>Low reach is on: everything stands within reach below.</source>
        <translation>低い位置モード：すべて下の手の届く位置にあります。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="42"/>
        <source>The button at the bottom right turns it off.</source>
        <translation>右下のボタンで解除できます。</translation>
    </message>
</context>
<context>
    <name>LowReachButton</name>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: on</source>
        <translation>低い位置モード：オン</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: off</source>
        <translation>低い位置モード：オフ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="19"/>
        <source>Brings the top of every screen within reach</source>
        <translation>画面の上部を手の届く位置に下げます</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="17"/>
        <source>Explore by district</source>
        <translation>県から探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="18"/>
        <source>Tap a district to see what it makes. Pinch to zoom.</source>
        <translation>県をタップすると、その産品が見られます。2本の指で拡大できます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="28"/>
        <source>A–Z list</source>
        <translation>五十音順の一覧</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="26"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="32"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="39"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="56"/>
        <source>One District One Product · Uttar Pradesh</source>
        <translation>一県一品・ウッタル・プラデーシュ</translation>
    </message>
</context>
<context>
    <name>PhotoCarousel</name>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="22"/>
        <source>Photo coming soon</source>
        <translation>写真は準備中です</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="48"/>
        <source>Photo %1 of %2, full screen</source>
        <translation>写真 %1 / %2 を全画面で表示</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="70"/>
        <source>Illustrative image</source>
        <translation>イメージ図</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="65"/>
        <source>GI tag</source>
        <translation>GI認証</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="79"/>
        <source>Added in %1</source>
        <translation>%1年に追加</translation>
    </message>
</context>
<context>
    <name>ProductCodes</name>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="76"/>
        <source>Meet the artisan</source>
        <translation>つくり手に会う</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="77"/>
        <source>Their story and workshop</source>
        <translation>物語と工房を見る</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="86"/>
        <source>Buyer enquiry</source>
        <translation>バイヤーお問い合わせ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="87"/>
        <source>Ask about orders and trade</source>
        <translation>ご注文・お取引のお問い合わせ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="100"/>
        <source>Save contact</source>
        <translation>連絡先を保存</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="101"/>
        <source>Works without internet</source>
        <translation>インターネット接続は不要です</translation>
    </message>
</context>
<context>
    <name>ProductStory</name>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="36"/>
        <source>GI tag · Geographical Indication</source>
        <translation>GI認証・地理的表示</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="45"/>
        <source>Added to the ODOP list in %1</source>
        <translation>%1年にODOPに追加</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="55"/>
        <source>Product no. %1</source>
        <translation>製品番号 %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="73"/>
        <source>From %1, Uttar Pradesh</source>
        <translation>ウッタル・プラデーシュ州 %1 より</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="91"/>
        <source>On your shortlist</source>
        <translation>マイリストに追加済み</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="92"/>
        <source>Add to shortlist</source>
        <translation>マイリストに追加</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="93"/>
        <source>Shortlist full (%1)</source>
        <translation>マイリストは満杯です（%1）</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="104"/>
        <source>My shortlist (%1)</source>
        <translation>マイリスト（%1）</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="119"/>
        <source>Materials: %1</source>
        <translation>素材：%1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="139"/>
        <location filename="../qml/Kiosk/ProductStory.qml" line="181"/>
        <source>Meet the maker</source>
        <translation>作り手を見る</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="160"/>
        <source>Made by</source>
        <translation>つくり手</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="16"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="17"/>
        <source>Type a product, a craft, a material or a place.</source>
        <translation>製品・工芸・素材・地名を入力してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/SearchPage.qml" line="18"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n 点の製品が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="52"/>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」に一致するものは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="53"/>
        <source>Results appear here as you type.</source>
        <translation>入力すると、ここに結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="61"/>
        <source>Try fewer letters, or look through the crafts.</source>
        <translation>文字を減らしてみるか、工芸の一覧からお探しください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="62"/>
        <source>Or look through the crafts of Uttar Pradesh.</source>
        <translation>または、ウッタル・プラデーシュ州の工芸の一覧からどうぞ。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="68"/>
        <source>Explore by craft</source>
        <translation>クラフトから探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="167"/>
        <source>Type to search</source>
        <translation>入力して検索</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="18"/>
        <source>My shortlist</source>
        <translation>マイリスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="20"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 点の製品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="21"/>
        <source>room for %n</source>
        <translation>
            <numerusform>あと %n 点追加できます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="89"/>
        <source>One code for your whole shortlist</source>
        <translation>マイリスト全体をひとつのコードで</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="97"/>
        <source>Scan it with your phone to open a buyer-enquiry page listing these products, ready to send to the makers.</source>
        <translation>スマートフォンで読み取ると、これらの品を載せたバイヤー向けお問い合わせページが開き、そのまま作り手に送れます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="115"/>
        <source>Your shortlist is empty</source>
        <translation>マイリストはまだ空です</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="123"/>
        <source>Tap “Add to shortlist” on any product to collect it here. When you are done, one QR code takes the whole list to your phone.</source>
        <translation>気になる品の「マイリストに追加」をタップすると、ここに集まります。最後はQRコードひとつで、リスト全体をスマートフォンへ。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="129"/>
        <source>See featured crafts</source>
        <translation>注目の工芸品を見る</translation>
    </message>
</context>
<context>
    <name>ShortlistRow</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistRow.qml" line="91"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>StaffBarChart</name>
    <message>
        <location filename="../qml/Kiosk/StaffBarChart.qml" line="23"/>
        <source>Nothing yet today.</source>
        <translation>今日はまだありません。</translation>
    </message>
</context>
<context>
    <name>StaffDoctorPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="19"/>
        <source>Doctor</source>
        <translation>診断</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="20"/>
        <source>Checking… this takes a few seconds.</source>
        <translation>確認中… 数秒かかります。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="21"/>
        <source>The same checks as kiosk-admin doctor, one line each.</source>
        <translation>kiosk-admin doctor と同じ確認を、1 項目 1 行で。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="30"/>
        <source>Run the checks</source>
        <translation>確認を実行</translation>
    </message>
</context>
<context>
    <name>StaffInstallPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="21"/>
        <source>%1 can be installed: catalogue version %2.</source>
        <translation>%1 をインストールできます（カタログのバージョン %2）。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="22"/>
        <source>%1 can be installed.</source>
        <translation>%1 をインストールできます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="23"/>
        <source>%1 matches the catalogue shown: nothing to change.</source>
        <translation>%1 は表示中のカタログと同じです。変更はありません。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="24"/>
        <source>%1 is not newer than the catalogue shown: nothing to install.</source>
        <translation>%1 は表示中のカタログより新しくありません。インストールするものはありません。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="25"/>
        <source>%1 was refused.</source>
        <translation>%1 は受け付けられませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="26"/>
        <source>%1 was refused: %n problem(s).</source>
        <translation>
            <numerusform>%1 は受け付けられませんでした（問題 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="28"/>
        <source>Installed %1.</source>
        <translation>%1 をインストールしました。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="29"/>
        <source>%1 is not a catalogue: the kiosk installs bundles (.zip, made by kiosk-admin bundle) and spreadsheets (.xlsx or .csv).</source>
        <translation>%1 はカタログではありません。キオスクがインストールするのは、バンドル（kiosk-admin bundle で作った .zip）とスプレッドシート（.xlsx または .csv）です。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="30"/>
        <source>%1 is a spreadsheet the kiosk cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.</source>
        <translation>%1 はキオスクが読めない形式のスプレッドシートです。Excel ブック（.xlsx）か CSV UTF-8（.csv）で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="31"/>
        <source>The kiosk could not read %1.</source>
        <translation>キオスクは %1 を読めませんでした。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="35"/>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: 追加 %2、変更 %3、削除 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="38"/>
        <source>%n new photo file(s).</source>
        <translation>
            <numerusform>新しい写真ファイル %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="41"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ほかに %n 件の問題。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="45"/>
        <source>A backup of the catalogue shown now is taken first.</source>
        <translation>先に、表示中のカタログのバックアップを取ります。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="47"/>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="49"/>
        <source>Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: copy it onto the stick again.</source>
        <translation>何も変更していません。バンドルが壊れているか、kiosk-admin bundle で作られたものではありません。USB メモリにもう一度コピーしてください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="51"/>
        <source>Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run lists the same problems) and try again.</source>
        <translation>何も変更していません。パソコンでファイルを直してから（kiosk-admin import --dry-run でも同じ問題が表示されます）、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="53"/>
        <source>Make the bundle again from the newer catalogue (kiosk-admin bundle), or install this one with kiosk-admin import --force.</source>
        <translation>新しいカタログからバンドルを作り直すか（kiosk-admin bundle）、kiosk-admin import --force でこのバンドルをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="63"/>
        <source>Install a catalogue</source>
        <translation>カタログをインストール</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="65"/>
        <source>Looking in: %1</source>
        <translation>探している場所: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="66"/>
        <source>No USB stick found. Insert one, wait a moment, then tap Look again.</source>
        <translation>USB メモリが見つかりません。差し込んで少し待ち、「もう一度探す」を押してください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="75"/>
        <source>Look again</source>
        <translation>もう一度探す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="122"/>
        <source>Catalogue bundle</source>
        <translation>カタログバンドル</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="123"/>
        <source>Spreadsheet</source>
        <translation>スプレッドシート</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="124"/>
        <source>Not a catalogue</source>
        <translation>カタログではありません</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="143"/>
        <source>No catalogue files here. The kiosk installs bundles (.zip) and spreadsheets (.xlsx, .csv).</source>
        <translation>ここにカタログのファイルはありません。キオスクはバンドル（.zip）とスプレッドシート（.xlsx、.csv）をインストールします。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="165"/>
        <source>Checking the file… nothing is changed.</source>
        <translation>ファイルを確認中… 何も変更しません。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="166"/>
        <source>Installing…</source>
        <translation>インストール中…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="167"/>
        <source>Tap a file to check it. Nothing is installed before you confirm.</source>
        <translation>ファイルをタップすると確認します。確定するまで何もインストールしません。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="216"/>
        <source>Install %1</source>
        <translation>%1 をインストール</translation>
    </message>
</context>
<context>
    <name>StaffLeavePage</name>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="19"/>
        <source>Restart or leave</source>
        <translation>再起動・終了</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="23"/>
        <source>Close the panel</source>
        <translation>パネルを閉じる</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="28"/>
        <source>Back to the attract loop, ready for visitors.</source>
        <translation>来場者向けのスライドショーに戻ります。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="33"/>
        <source>Restart the kiosk</source>
        <translation>キオスクを再起動</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="39"/>
        <source>The kiosk program stops and starts again within a few seconds.</source>
        <translation>キオスクのプログラムが止まり、数秒で再び起動します。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="44"/>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="51"/>
        <source>Asks for the PIN again. The kiosk stops and is not started again: the screen shows the computer&apos;s text console. Restart the computer to bring the kiosk back.</source>
        <translation>もう一度 PIN を入力します。キオスクは止まり、再起動しません。画面にはコンピューターのテキストコンソールが表示されます。キオスクに戻すにはコンピューターを再起動してください。</translation>
    </message>
</context>
<context>
    <name>StaffMenuPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="13"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="14"/>
        <source>Hide or show, feature or unfeature, on this kiosk</source>
        <translation>このキオスクでの表示・非表示、おすすめの設定</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="15"/>
        <source>Idle timeout</source>
        <translation>無操作タイムアウト</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="16"/>
        <source>How long before the kiosk asks if anyone is there</source>
        <translation>「まだいますか」と尋ねるまでの時間</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="17"/>
        <source>Install a catalogue</source>
        <translation>カタログをインストール</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="18"/>
        <source>From a USB stick or the install folder</source>
        <translation>USB メモリまたはインストール用フォルダーから</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="19"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="20"/>
        <source>Today&apos;s visits, as charts</source>
        <translation>今日の利用状況をグラフで</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="21"/>
        <source>Doctor</source>
        <translation>診断</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="22"/>
        <source>Check the catalogue, photos, QR codes and fonts</source>
        <translation>カタログ、写真、QR コード、フォントを確認</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="23"/>
        <source>Restart or leave</source>
        <translation>再起動・終了</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="24"/>
        <source>Restart the kiosk or leave kiosk mode</source>
        <translation>キオスクの再起動、またはキオスクモードの終了</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="46"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="56"/>
        <source>Staff panel</source>
        <translation>スタッフパネル</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="77"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Staff panel</source>
        <translation>スタッフパネル</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="61"/>
        <source>Wrong PIN. Try again in %1.</source>
        <translation>PIN が違います。%1 後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="62"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN が違います。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="64"/>
        <source>Enter the staff PIN again to leave kiosk mode.</source>
        <translation>キオスクモードを終了するには、スタッフ PIN をもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="65"/>
        <source>Enter the staff PIN.</source>
        <translation>スタッフ PIN を入力してください。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="107"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="108"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="118"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>StaffProductRow</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="42"/>
        <source>Hidden here</source>
        <translation>ここでは非表示</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="43"/>
        <source>Featured</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="60"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Unfeature</source>
        <translation>おすすめ解除</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Feature</source>
        <translation>おすすめにする</translation>
    </message>
</context>
<context>
    <name>StaffProductsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="24"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="25"/>
        <source>Changes made here stay on this kiosk, whatever catalogue is installed.</source>
        <translation>ここでの変更はこのキオスクだけに残り、どのカタログをインストールしても保たれます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="36"/>
        <source>All products</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="42"/>
        <source>Changed here: %1</source>
        <translation>ここで変更: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="49"/>
        <source>Undo all</source>
        <translation>すべて元に戻す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="62"/>
        <source>Search: %1</source>
        <translation>検索: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="63"/>
        <source>Type on the keyboard to find a product.</source>
        <translation>キーボードで入力して製品を探します。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="101"/>
        <source>Nothing is changed on this kiosk.</source>
        <translation>このキオスクでの変更はありません。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="102"/>
        <source>No product found.</source>
        <translation>製品が見つかりません。</translation>
    </message>
</context>
<context>
    <name>StaffStatsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="13"/>
        <source>Visits per hour</source>
        <translation>時間ごとの利用</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="14"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="15"/>
        <source>QR codes shown</source>
        <translation>表示した QR コード</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="16"/>
        <source>Most viewed products</source>
        <translation>よく見られた製品</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="19"/>
        <source>Meet the artisan</source>
        <translation>つくり手に会う</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="20"/>
        <source>Buyer enquiry</source>
        <translation>バイヤーお問い合わせ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="21"/>
        <source>Save contact</source>
        <translation>連絡先を保存</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="22"/>
        <source>My shortlist</source>
        <translation>マイリスト</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="40"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="41"/>
        <source>Today so far, on this kiosk. kiosk-admin stats gives every day, as CSV and charts.</source>
        <translation>このキオスクの今日のこれまでの数字です。kiosk-admin stats で毎日の数字を CSV とグラフで出せます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="46"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>今日 %n 回の利用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="47"/>
        <source>average %1 s</source>
        <translation>平均 %1 秒</translation>
    </message>
</context>
<context>
    <name>StaffTimeoutPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="20"/>
        <source>Idle timeout</source>
        <translation>無操作タイムアウト</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="21"/>
        <source>Seconds without a touch before the kiosk asks “Are you still there?” and then returns to its attract loop.</source>
        <translation>操作がないまま何秒たつと「まだいますか？」と尋ね、その後スライドショーに戻るか。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="26"/>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="50"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="36"/>
        <source>Set in this panel. It wins over the machine file and the catalogue.</source>
        <translation>このパネルで設定。マシンファイルやカタログの値より優先されます。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="37"/>
        <source>From the machine file.</source>
        <translation>マシンファイルの値。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="38"/>
        <source>From the catalogue.</source>
        <translation>カタログの値。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="39"/>
        <source>The default.</source>
        <translation>既定値。</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="59"/>
        <source>Use the machine&apos;s setting</source>
        <translation>マシンの設定に戻す</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="71"/>
        <source>Illustrative image</source>
        <translation>イメージ図</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="99"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
</TS>
