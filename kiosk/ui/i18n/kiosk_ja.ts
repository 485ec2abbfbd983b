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
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="24"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="25"/>
        <source>Delete</source>
        <translation>1文字消す</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="26"/>
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
