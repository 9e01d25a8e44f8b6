# hy and ru go out on Friday morning, before the first night; en and tr on Saturday, after it.
ARTICLE = {
    "key": "yerevan-night-bus",
    "source": "hy",
    "published": {"hy": "2026-11-20T09:15", "ru": "2026-11-20T11:40", "en": "2026-11-21T08:05", "tr": "2026-11-21T10:30"},
    "slug": {
        "hy": "yerevan-gisherayin-avtobus",
        "ru": "yerevan-nochnoy-avtobus",
        "en": "yerevan-night-bus",
        "tr": "erivan-gece-otobusu",
    },
    "cover": {
        "scene": "night_bus",
        "focal": (52, 60),
        "alt": {
            "hy": "Կապույտ ավտոբուս՝ լուսավորված պատուհաններով և N1 երթուղու համարով, գիշերային փողոցում՝ երկու լապտերների միջև։",
            "ru": "Синий автобус со светящимися окнами и номером маршрута N1 на ночной улице между двумя фонарями.",
            "en": "A blue bus with lit windows and the route number N1 on a street at night, between two street lamps.",
            "tr": "Gece bir caddede, iki sokak lambasının arasında, pencereleri aydınlık, üzerinde N1 hat numarası yazan mavi bir otobüs.",
        },
        "caption": {
            "hy": "N1 գիշերային ավտոբուսը կերթևեկի կես ժամը մեկ՝ ժամը 23:30-ից մինչև 06:30-ը։ Նկարազարդում։",
            "ru": "Ночной автобус N1 будет ходить каждые полчаса с 23:30 до 06:30. Иллюстрация.",
            "en": "The N1 night bus runs every 30 minutes from 11:30 p.m. to 6:30 a.m. Illustration.",
            "tr": "N1 gece otobüsü 23.30 ile 06.30 arasında her 30 dakikada bir sefer yapıyor. Temsilî çizim.",
        },
        "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
    },
    "title": {
        "hy": "Շենգավիթից կենտրոն գիշերային ավտոբուս կերթևեկի",
        "ru": "Ночной автобус свяжет Шенгавит с центром Еревана",
        "en": "Night bus links Yerevan's Shengavit district to the city centre",
        "tr": "Erivan'da gece otobüsü Şengavit'i şehir merkezine bağlıyor",
    },
    "lead": {
        "hy": "Այս գիշեր Շենգավիթից Բարեկամության հրապարակ կմեկնի առաջին գիշերային ավտոբուսը։ Այն կերթևեկի կես ժամը մեկ, իսկ երթուղին վեց ամիս կգործի փորձնական կարգով։",
        "ru": "Сегодня ночью из Шенгавита к площади Барекамутюн отправится первый ночной автобус. Он будет ходить каждые полчаса, а первые шесть месяцев маршрут проработает в пробном режиме.",
        "en": "A night bus route began running in Yerevan late on Friday, linking the southern Shengavit district with Barekamutyun Square in the centre while the metro is closed. The route is on a six-month trial.",
        "tr": "Ermenistan'ın başkenti Erivan'da, güneydeki Şengavit ilçesini şehir merkezindeki Barekamutyun Meydanı'na bağlayan gece otobüsü cuma gecesi seferlerine başladı. Metronun kapalı olduğu saatlerde çalışan hat, altı ay boyunca deneme amaçlı işletilecek.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
            "body": {
                "hy": "N1 համարը ստացած երթուղին կգործի ամեն օր՝ ժամը 23:30-ից մինչև 06:30-ը, երբ մետրոն փակ է։ Ավտոբուսները երկու վերջնակետերից կմեկնեն կես ժամը մեկ, իսկ ամբողջ ճանապարհը կտևի մոտ 30 րոպե։\n\nԵրևանի քաղաքապետարանի տրանսպորտի վարչությունից հայտնում են, որ փորձնական շրջանը կտևի վեց ամիս։ Դրանից հետո՝ ուղևորների թվից կախված, կորոշվի՝ արդյոք երթուղին մշտական կդառնա։",
                "ru": "Маршрут N1 будет работать ежедневно с 23:30 до 06:30, пока закрыто метро. Автобусы будут отправляться с обеих конечных остановок каждые 30 минут, а весь путь займёт около получаса.\n\nВ управлении транспорта мэрии Еревана сообщили, что пробный период продлится шесть месяцев. После этого, в зависимости от пассажиропотока, решат, станет ли маршрут постоянным.",
                "en": "The route, numbered N1, runs every day from 11:30 p.m. to 6:30 a.m. Buses leave both ends of the line every 30 minutes, and the full journey takes about half an hour.\n\nThe trial will last six months, the transport department of Yerevan City Hall said. Passenger numbers will then decide whether the route becomes permanent.",
                "tr": "N1 numaralı hat her gün 23.30 ile 06.30 arasında hizmet veriyor. Otobüsler hattın iki ucundaki duraklardan her 30 dakikada bir kalkıyor, yolculuğun tamamı yaklaşık yarım saat sürüyor.\n\nErivan Belediyesi Ulaşım Dairesi, deneme döneminin altı ay süreceğini bildirdi. Bu dönemin sonunda yolcu sayısına bakılarak hattın kalıcı olup olmayacağına karar verilecek.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Երթուղին և կանգառները",
                "ru": "Маршрут и остановки",
                "en": "Route and stops",
                "tr": "Güzergâh ve duraklar",
            },
            "body": {
                "hy": "N1 ավտոբուսը ճանապարհին կկանգնի 12 կանգառում։ Վարչության գնահատմամբ՝ ամենաշատ ուղևորներ կլինեն հետևյալ կանգառներում․\n\n- «Շենգավիթ» մետրոկայարան\n- Գործարանային\n- Հանրապետության հրապարակ\n- Բարեկամության հրապարակ\n\nԱմբողջական չվացուցակը հասանելի է [քաղաքային տրանսպորտի կայքում](https://example.am/transport/n1)։",
                "ru": "Автобус N1 будет делать 12 остановок. По оценкам управления, больше всего пассажиров будет на следующих остановках:\n\n- станция метро «Шенгавит»\n- «Горцаранаин»\n- площадь Республики\n- площадь Барекамутюн\n\nПолное расписание опубликовано на [сайте городского транспорта](https://example.am/transport/n1).",
                "en": "The N1 calls at 12 stops. The department expects the busiest to be:\n\n- Shengavit metro station\n- Gortsaranayin\n- Republic Square\n- Barekamutyun Square\n\nThe full timetable is on the [city transport website](https://example.am/transport/n1).",
                "tr": "N1 otobüsü güzergâh boyunca 12 durağa uğruyor. Dairenin tahminlerine göre en yoğun duraklar şunlar olacak:\n\n- Şengavit metro istasyonu\n- Gortsaranayin\n- Cumhuriyet Meydanı\n- Barekamutyun Meydanı\n\nSefer saatlerinin tamamı [şehir ulaşımı sitesinde](https://example.am/transport/n1) yayımlandı.",
            },
        },
        {
            "level": 3,
            "heading": {
                "hy": "Ուղեվարձը և վճարումը",
                "ru": "Стоимость проезда и оплата",
                "en": "Fares and payment",
                "tr": "Ücret ve ödeme",
            },
            "body": {
                "hy": "Գիշերային ուղևորությունն արժե նույնքան, որքան ցերեկայինը։ Ուղևորները կարող են վճարել բանկային կամ տրանսպորտային քարտով կամ էլ բջջային հավելվածի QR տոմսով։\n\nԳիշերային երթուղում գործում են նաև ամսական տոմսերը։",
                "ru": "Ночная поездка стоит столько же, сколько дневная. Оплатить проезд можно банковской или транспортной картой либо QR-билетом в мобильном приложении.\n\nНа ночном маршруте действуют и месячные проездные.",
                "en": "A night ride costs the same as a daytime one. Passengers can pay by bank card or transport card, or with a QR ticket in the mobile app.\n\nMonthly passes are valid on the night route too.",
                "tr": "Gece yolculuğunun ücreti gündüz yolculuğuyla aynı. Yolcular banka kartı ya da ulaşım kartıyla veya mobil uygulamadaki QR biletle ödeme yapabiliyor.\n\nAylık abonman kartları da gece hattında geçerli.",
            },
        },
        {
            "level": 3,
            "heading": {
                "hy": "Անվտանգությունն ավտոբուսներում",
                "ru": "Безопасность в салоне",
                "en": "Safety on board",
                "tr": "Araç içinde güvenlik",
            },
            "body": {
                "hy": "Ավտոբուսները հագեցված են տեսախցիկներով, իսկ վարորդը մեկ կոճակով կարող է կապվել կարգավարական ծառայության հետ։ Երթուղու բոլոր կանգառներում տեղադրվել է նոր լուսավորություն։",
                "ru": "Автобусы оборудованы видеокамерами, а водитель может одним нажатием кнопки связаться с диспетчерской. На всех остановках маршрута установили новое освещение.",
                "en": "The buses are fitted with video cameras, and drivers can reach the dispatch centre at the press of a button. All stops on the route have new lighting.",
                "tr": "Gece otobüslerinin her birinde güvenlik kamerası bulunuyor, sürücüler de tek tuşla hareket merkeziyle bağlantı kurabiliyor. Hattaki tüm duraklara yeni aydınlatma yapıldı.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Ինչ են ասում ուղևորները",
                "ru": "Что говорят пассажиры",
                "en": "What passengers say",
                "tr": "Yolcuların görüşleri",
            },
            "body": {
                "hy": "Գիշերային հերթափոխով աշխատող բուժքույր Նունե Առաքելյանն ասում է, որ մինչ այժմ շատ էր ծախսում տաքսու վրա։ «Հիմա կկարողանամ կես ժամում և սովորական տոմսի գնով տուն հասնել»,— ասաց նա։\n\nՎարչությունը խնդրում է ուղևորներին փորձնական շրջանում կիսվել իրենց կարծիքով։ Առաջարկները հաշվի կառնվեն, երբ վերանայվի ձմեռային չվացուցակը։",
                "ru": "Медсестра Нуне Аракелян, которая работает в ночную смену, рассказывает, что до сих пор тратила много денег на такси. «Теперь я смогу добраться домой за полчаса по цене обычного билета», — сказала она.\n\nУправление просит пассажиров делиться отзывами в течение пробного периода. Предложения учтут при пересмотре зимнего расписания.",
                "en": "Nune Arakelyan, a nurse who works night shifts, said before the launch that she had been spending a lot on taxis. “Now I'll be able to get home in half an hour for the price of an ordinary ticket,” she said.\n\nThe department is asking passengers for feedback during the trial and says suggestions will be taken into account when the winter timetable is reviewed.",
                "tr": "Gece vardiyasında çalışan hemşire Nune Arakelyan, şimdiye kadar taksiye çok para harcadığını söylüyor. Arakelyan, hat açılmadan önce “Artık normal bir bilet fiyatına yarım saatte eve ulaşabileceğim” dedi.\n\nDaire, yolculardan deneme dönemi boyunca görüşlerini paylaşmalarını istiyor. Öneriler, kış tarifesi gözden geçirilirken dikkate alınacak.",
            },
        },
    ],
}
