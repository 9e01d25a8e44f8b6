ARTICLE = {
    "key": "yerevan-autumn-jazz",
    "source": "ru",
    "published": {"ru": "2026-10-23T18:00", "hy": "2026-10-24T10:00", "en": "2026-10-24T12:30", "tr": "2026-10-24T15:00"},
    "cover": {
        "scene": "jazz_stage",
        "focal": (45, 55),
        "alt": {
            "ru": "Тёмная сцена: контрабас и микрофонная стойка в луче прожектора.",
            "hy": "Մութ բեմ՝ կոնտրաբաս և խոսափողի կանգնակ լուսարձակի լույսի տակ։",
            "en": "A dark stage with a double bass and a microphone stand in a spotlight.",
            "tr": "Karanlık bir sahnede, spot ışığı altında bir kontrbas ve mikrofon sehpası.",
        },
        "caption": {
            "ru": "Концерты фестиваля пройдут в пяти небольших клубах и залах. Иллюстрация.",
            "hy": "Փառատոնի համերգները տեղի կունենան հինգ փոքր ակումբներում և դահլիճներում։ Նկարազարդում։",
            "en": "The festival's concerts will be held in five small clubs and halls. Illustration.",
            "tr": "Festival konserleri beş küçük kulüp ve salonda verilecek. Temsilî çizim.",
        },
        "credit": {"ru": "Редакция", "hy": "Խմբագրություն", "en": "Newsroom", "tr": "Haber Merkezi"},
    },
    "title": {
        "ru": "Осенний джазовый фестиваль пройдёт в пяти камерных залах Еревана",
        "hy": "Աշնանային ջազային փառատոնը կանցկացվի Երևանի հինգ փոքր դահլիճներում",
        "en": "Yerevan jazz festival trades its big stage for five small venues",
        "tr": "Erivan'daki sonbahar caz festivali beş küçük salonda yapılacak",
    },
    "lead": {
        "ru": "С 29 октября по 2 ноября в Ереване пройдёт фестиваль «Осенние синкопы». Концерты состоятся в пяти небольших клубах и залах в центре города.",
        "hy": "Հոկտեմբերի 29-ից նոյեմբերի 2-ը Երևանում կանցկացվի «Աշնանային սինկոպներ» փառատոնը։ Համերգները տեղի կունենան քաղաքի կենտրոնի հինգ փոքր ակումբներում և դահլիճներում։",
        "en": "The Autumn Syncopations jazz festival will run in Yerevan from 29 October to 2 November, with concerts in five small clubs and halls in the city centre.",
        "tr": "Ermenistan'ın başkenti Erivan'da 29 Ekim-2 Kasım tarihlerinde düzenlenecek “Sonbahar Senkopları” caz festivalinin konserleri, şehir merkezindeki beş küçük kulüp ve salonda verilecek.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"ru": "", "hy": "", "en": "", "tr": ""},
            "body": {
                "ru": "Фестиваль проводится уже в шестой раз. В этом году организаторы решили отказаться от большой сцены и сделать ставку на камерные концерты.\n\n«Джаз лучше всего звучит, когда музыкант видит лица слушателей», — объясняет художественный руководитель фестиваля Карен Мурадян. По его словам, залы вмещают от 60 до 150 человек.",
                "hy": "Փառատոնն անցկացվում է արդեն վեցերորդ անգամ։ Այս տարի կազմակերպիչները որոշել են հրաժարվել մեծ բեմից և նախապատվությունը տալ կամերային համերգներին։\n\n«Ջազը լավագույնս հնչում է, երբ երաժիշտը տեսնում է ունկնդիրների դեմքերը»,— բացատրում է փառատոնի գեղարվեստական ղեկավար Կարեն Մուրադյանը։ Նրա խոսքով՝ դահլիճները տեղավորում են 60-ից 150 մարդ։",
                "en": "Now in its sixth year, the festival has dropped its big stage in favour of small-venue concerts.\n\n“Jazz sounds best when the musician can see the listeners' faces,” said the festival's artistic director, Karen Muradyan. The venues seat between 60 and 150 people, he said.",
                "tr": "Bu yıl altıncı kez düzenlenen festivalin organizatörleri, büyük sahneden vazgeçip küçük salonlardaki konserlere ağırlık vermeye karar verdi.\n\nFestivalin sanat yönetmeni Karen Muradyan, “Caz, müzisyenin dinleyicilerin yüzünü görebildiği yerde en güzel hâlini alır” diyor. Muradyan'ın verdiği bilgiye göre salonlar 60 ile 150 kişi arasında dinleyici alıyor.",
            },
        },
        {
            "level": 2,
            "heading": {"ru": "Программа", "hy": "Ծրագիրը", "en": "The programme", "tr": "Program"},
            "body": {
                "ru": "В программе — 14 концертов, мастер-классы и ночные джем-сейшены. Среди участников — музыканты из Армении, Грузии, Франции и Польши.\n\nГлавные события фестиваля:\n\n- 29 октября — открытие с участием молодёжного биг-бэнда\n- 31 октября — вечер армянских народных мелодий в джазовой обработке\n- 1 ноября — концерт фортепианных дуэтов\n- 2 ноября — закрытие и общий джем-сейшен",
                "hy": "Ծրագրում՝ 14 համերգ, վարպետաց դասեր և գիշերային ջեմ-սեշններ։ Մասնակիցների թվում են երաժիշտներ Հայաստանից, Վրաստանից, Ֆրանսիայից և Լեհաստանից։\n\nՓառատոնի գլխավոր իրադարձությունները․\n\n- հոկտեմբերի 29՝ բացում երիտասարդական բիգ-բենդի մասնակցությամբ\n- հոկտեմբերի 31՝ հայկական ժողովրդական մեղեդիների երեկո ջազային մշակմամբ\n- նոյեմբերի 1՝ դաշնամուրային դուետների համերգ\n- նոյեմբերի 2՝ փակում և ընդհանուր ջեմ-սեշն",
                "en": "The programme includes 14 concerts, workshops and late-night jam sessions, with musicians from Armenia, Georgia, France and Poland.\n\nHighlights:\n\n- 29 October: opening night with a youth big band\n- 31 October: an evening of Armenian folk melodies arranged for jazz\n- 1 November: a concert of piano duos\n- 2 November: closing night and an open jam session",
                "tr": "Festival programında 14 konser, atölyeler ve gece yarısı jam session'ları yer alıyor. Katılımcılar arasında Ermenistan, Gürcistan, Fransa ve Polonya'dan müzisyenler var.\n\nFestivalin öne çıkan etkinlikleri:\n\n- 29 Ekim: gençlerden oluşan bir big band'in katılımıyla açılış\n- 31 Ekim: caz düzenlemeleriyle Ermeni halk ezgileri gecesi\n- 1 Kasım: piyano düetleri konseri\n- 2 Kasım: kapanış ve herkesin katılabileceği jam session",
            },
        },
        {
            "level": 2,
            "heading": {"ru": "Билеты", "hy": "Տոմսերը", "en": "Tickets", "tr": "Biletler"},
            "body": {
                "ru": "Билеты продаются онлайн и в кассах площадок. Цена — от 3000 до 6000 драмов в зависимости от концерта.\n\nПолное расписание опубликовано на [сайте фестиваля](https://example.am/jazz).",
                "hy": "Տոմսերը վաճառվում են առցանց և համերգավայրերի տոմսարկղերում։ Գինը 3000-ից 6000 դրամ է՝ կախված համերգից։\n\nԱմբողջական ծրագիրը հրապարակված է [փառատոնի կայքում](https://example.am/jazz)։",
                "en": "Tickets are on sale online and at the venues' box offices, priced from 3,000 to 6,000 drams (about $8 to $15) depending on the concert.\n\nThe full schedule is on the [festival website](https://example.am/jazz).",
                "tr": "Biletler internetten ve salonların gişelerinden satılıyor. Fiyatlar konsere göre 3.000 ile 6.000 dram (yaklaşık 8-15 dolar) arasında değişiyor.\n\nProgramın tamamı [festivalin internet sitesinde](https://example.am/jazz) yer alıyor.",
            },
        },
        {
            "level": 3,
            "heading": {"ru": "Скидки", "hy": "Զեղչեր", "en": "Discounts", "tr": "İndirimler"},
            "body": {
                "ru": "Студенты и пенсионеры могут купить билеты со скидкой **50 процентов**. Вход на мастер-классы свободный, но нужна предварительная регистрация.",
                "hy": "Ուսանողներն ու թոշակառուները կարող են տոմսեր գնել **50 տոկոս** զեղչով։ Վարպետաց դասերի մուտքն ազատ է, սակայն անհրաժեշտ է նախնական գրանցում։",
                "en": "Students and pensioners get **50 percent** off. Entry to the workshops is free, but registration is required.",
                "tr": "Öğrenciler ve emekliler biletleri **yüzde 50** indirimle alabiliyor. Atölyelere giriş ücretsiz, ancak önceden kayıt yaptırmak gerekiyor.",
            },
        },
        {
            "level": 3,
            "heading": {"ru": "Как добраться", "hy": "Ինչպես հասնել", "en": "Getting there", "tr": "Ulaşım"},
            "body": {
                "ru": "Все площадки находятся в пешей доступности друг от друга. В дни фестиваля, по договорённости с городским транспортным управлением, автобус №\u00a07 будет ходить до часа ночи.",
                "hy": "Բոլոր համերգավայրերը միմյանցից քայլելու հեռավորության վրա են։ Փառատոնի օրերին, քաղաքային տրանսպորտի վարչության հետ պայմանավորվածությամբ, 7 համարի ավտոբուսը կերթևեկի մինչև գիշերվա ժամը մեկը։",
                "en": "All the venues are within walking distance of one another. During the festival, bus No. 7 will run until 1 a.m. under an agreement with the city's transport department.",
                "tr": "Festival mekânlarının hepsi birbirine yürüme mesafesinde. Belediyenin ulaşım dairesiyle yapılan anlaşma sayesinde festival boyunca 7 numaralı otobüs gece saat 01.00'e kadar çalışacak.",
            },
        },
    ],
}
