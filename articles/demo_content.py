"""Original demo articles for `load_demo`, written for this project in four languages."""

from __future__ import annotations

PRESS_CONTACT = {
    "hy": "Մամուլի քարտուղար՝ Սիրանուշ Մելքոնյան, press@example.am, +374 10 00 00 00",
    "ru": "Пресс-секретарь: Сирануш Мелконян, press@example.am, +374 10 00 00 00",
    "en": "Press secretary: Siranush Melkonyan, press@example.am, +374 10 00 00 00",
    "tr": "Basın sözcüsü: Siranuş Melkonyan, press@example.am, +374 10 00 00 00",
}

# The demo's categories, in the order the navigation lists them; their slugs come from the names.
CATEGORIES = [
    {"key": "politics", "name": {"hy": "Քաղաքականություն", "ru": "Политика", "en": "Politics", "tr": "Siyaset"}},
    {"key": "economy", "name": {"hy": "Տնտեսություն", "ru": "Экономика", "en": "Economy", "tr": "Ekonomi"}},
    {"key": "society", "name": {"hy": "Հասարակություն", "ru": "Общество", "en": "Society", "tr": "Toplum"}},
    {"key": "culture", "name": {"hy": "Մշակույթ", "ru": "Культура", "en": "Culture", "tr": "Kültür"}},
    {"key": "sport", "name": {"hy": "Սպորտ", "ru": "Спорт", "en": "Sport", "tr": "Spor"}},
    {"key": "world", "name": {"hy": "Աշխարհ", "ru": "В мире", "en": "World", "tr": "Dünya"}},
]

# Each demo article's category, by their keys: several share one, so that related articles show.
ARTICLE_CATEGORIES = {
    "yerevan-night-tram": "society",
    "gyumri-library-reopens": "culture",
    "sevan-water-level": "society",
    "vayots-dzor-grape-harvest": "economy",
    "vanadzor-school-robotics": "society",
    "yerevan-heating-season": "economy",
    "yerevan-autumn-jazz": "culture",
}

# Pinned on top of the front page of each of its languages, for a day from when it is loaded.
PINNED = "yerevan-heating-season"

ARTICLES = [
    {
        "key": "yerevan-night-tram",
        "source": "hy",
        "published": {"hy": "2026-11-20T09:15", "ru": "2026-11-20T11:40", "en": "2026-11-21T08:05", "tr": "2026-11-21T10:30"},
        "cover": {
            "scene": "night_tram",
            "focal": (52, 60),
            "alt": {"hy": "Կարմիր տրամվայ՝ լուսավորված պատուհաններով և N1 երթուղու համարով, գիշերային փողոցում՝ երկու լապտերների միջև։", "ru": "Красный трамвай со светящимися окнами и номером маршрута N1 на ночной улице между двумя фонарями.", "en": "A red tram with lit windows and the route number N1 on a street at night, between two street lamps.", "tr": "Gece bir caddede, iki sokak lambasının arasında, pencereleri aydınlık, üzerinde N1 hat numarası yazan kırmızı bir tramvay."},
            "caption": {"hy": "N1 գիշերային տրամվայը կերթևեկի ամեն 20 րոպեն մեկ՝ 23:30-ից մինչև 05:30-ը։ Նկարազարդում։", "ru": "Ночной трамвай N1 будет ходить каждые 20 минут с 23:30 до 05:30. Иллюстрация.", "en": "The N1 night tram will run every 20 minutes from 23:30 to 05:30. Illustration.", "tr": "N1 gece tramvayı 23.30 ile 05.30 arasında her 20 dakikada bir sefer yapacak. Temsilî çizim."},
            "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
        },
        "title": {
            "hy": "Գիշերային տրամվայը կկապի Շենգավիթը քաղաքի կենտրոնին",
            "ru": "Ночной трамвай свяжет Шенгавит с центром города",
            "en": "A night tram will link Shengavit with the city centre",
            "tr": "Gece tramvayı Şengavit'i şehir merkezine bağlayacak",
        },
        "lead": {
            "hy": "Նոյեմբերի 20-ից Շենգավիթի և Բարեկամության հրապարակի միջև ամեն 20 րոպեն մեկ կերթևեկի գիշերային տրամվայ։ Երթուղին վեց ամիս կգործի փորձնական ռեժիմով։",
            "ru": "С 20 ноября между Шенгавитом и площадью Барекамутюн каждые 20 минут будет курсировать ночной трамвай. Первые шесть месяцев маршрут будет работать в тестовом режиме.",
            "en": "From 20 November, a night tram will run every 20 minutes between Shengavit and Barekamutyun Square. For the first six months the route will operate as a trial.",
            "tr": "20 Kasım'dan itibaren Şengavit ile Barekamutyun Meydanı arasında her 20 dakikada bir gece tramvayı çalışacak. Hat ilk altı ay deneme amaçlı işletilecek.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
                "body": {
                    "hy": "N1 համարը ստացած նոր երթուղին կգործի ամեն օր՝ ժամը 23:30-ից մինչև 05:30-ը։ Տրամվայները երկու վերջնակետերից կմեկնեն ամեն 20 րոպեն մեկ, իսկ ամբողջ ճանապարհը կտևի մոտ 35 րոպե։\n\nՔաղաքապետարանի տրանսպորտի վարչությունից հայտնում են, որ փորձնական շրջանը կտևի վեց ամիս։ Դրանից հետո, ելնելով ուղևորների թվից, կորոշվի՝ արդյոք երթուղին կդառնա մշտական։",
                    "ru": "Новый маршрут под номером N1 будет работать ежедневно с 23:30 до 05:30. Трамваи будут отправляться с обеих конечных остановок каждые 20 минут, а весь путь займёт около 35 минут.\n\nВ транспортном управлении мэрии сообщили, что пробный период продлится шесть месяцев. После этого, исходя из числа пассажиров, решат, станет ли маршрут постоянным.",
                    "en": "The new route, numbered N1, will run every day from 23:30 to 05:30. Trams will leave both terminals every 20 minutes, and the full journey will take about 35 minutes.\n\nThe city hall's transport department says the trial period will last six months. After that, passenger numbers will decide whether the route becomes permanent.",
                    "tr": "N1 numaralı yeni hat her gün 23.30 ile 05.30 arasında hizmet verecek. Tramvaylar her iki son duraktan 20 dakikada bir kalkacak, yolculuğun tamamı yaklaşık 35 dakika sürecek.\n\nBelediyenin ulaşım dairesi, deneme sürecinin altı ay süreceğini bildirdi. Bu sürenin ardından yolcu sayısına bakılarak hattın kalıcı olup olmayacağına karar verilecek.",
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
                    "hy": "N1 տրամվայը ճանապարհին կկանգնի 14 կանգառում։ Վարչության գնահատմամբ՝ ամենաշատ ուղևորներ կլինեն հետևյալ կանգառներում.\n\n- Շենգավիթի դեպո\n- Գործարանային\n- Հանրապետության հրապարակ\n- Բարեկամության հրապարակ\n\nԱմբողջական չվացուցակը հասանելի է [քաղաքային տրանսպորտի կայքում](https://example.am/transport/n1)։",
                    "ru": "Трамвай N1 будет делать 14 остановок. По оценкам управления, больше всего пассажиров будет на следующих остановках:\n\n- депо «Шенгавит»\n- «Горцаранаин»\n- площадь Республики\n- площадь Барекамутюн\n\nПолное расписание опубликовано на [сайте городского транспорта](https://example.am/transport/n1).",
                    "en": "The N1 tram will call at 14 stops along the way. According to the department's estimates, the busiest stops will be:\n\n- Shengavit depot\n- Gortsaranayin\n- Republic Square\n- Barekamutyun Square\n\nThe full timetable is available on the [city transport website](https://example.am/transport/n1).",
                    "tr": "N1 tramvayı güzergâh boyunca 14 durakta duracak. Dairenin tahminlerine göre en yoğun duraklar şunlar olacak:\n\n- Şengavit Tramvay Deposu\n- Gortsaranayin\n- Cumhuriyet Meydanı\n- Barekamutyun Meydanı\n\nTarifenin tamamı [şehir ulaşımı sitesinde](https://example.am/transport/n1) yayımlandı.",
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
                    "hy": "Գիշերային ուղևորությունն արժե նույնքան, որքան ցերեկայինը։ Ուղևորները կարող են վճարել բանկային քարտով, տրանսպորտային քարտով կամ բջջային հավելվածի միջոցով։\n\nԱմսական տոմսերը նույնպես գործում են գիշերային երթուղում։",
                    "ru": "Ночная поездка стоит столько же, сколько дневная. Оплатить проезд можно банковской картой, транспортной картой или через мобильное приложение.\n\nМесячные проездные также действуют на ночном маршруте.",
                    "en": "A night ride costs the same as a daytime one. Passengers can pay by bank card, with a transport card or through the mobile app.\n\nMonthly passes are also valid on the night route.",
                    "tr": "Gece yolculuğunun ücreti gündüzle aynı. Yolcular banka kartı, ulaşım kartı ya da mobil uygulama ile ödeme yapabilecek.\n\nAylık abonmanlar da gece hattında geçerli.",
                },
            },
            {
                "level": 3,
                "heading": {
                    "hy": "Անվտանգությունը վագոններում",
                    "ru": "Безопасность в вагонах",
                    "en": "Safety on board",
                    "tr": "Araç içinde güvenlik",
                },
                "body": {
                    "hy": "Յուրաքանչյուր գիշերային տրամվայում վարորդից բացի կլինի նաև ուղեկցող աշխատակից։ Վագոնները կահավորված են տեսախցիկներով, իսկ երթուղու բոլոր կանգառներում տեղադրվել է նոր լուսավորություն։",
                    "ru": "В каждом ночном трамвае, помимо водителя, будет дежурить сотрудник сопровождения. Вагоны оборудованы видеокамерами, а на всех остановках маршрута установлено новое освещение.",
                    "en": "Besides the driver, each night tram will carry an attendant. The cars are fitted with video cameras, and all stops on the route have received new lighting.",
                    "tr": "Her gece tramvayında sürücünün yanı sıra bir görevli de bulunacak. Vagonlarda güvenlik kameraları var, hattaki tüm duraklara ise yeni aydınlatma yapıldı.",
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
                    "hy": "Գիշերային հերթափոխով աշխատող բուժքույր Նունե Առաքելյանն ասում է, որ նախկինում շատ էր ծախսում տաքսիի վրա։ «Հիմա կարող եմ քառասուն րոպեում և սովորական տոմսի գնով տուն հասնել»,— ասաց նա։\n\nՎարչությունը խնդրում է ուղևորներին փորձնական շրջանում կիսվել իրենց կարծիքով։ Առաջարկները հաշվի կառնվեն ձմեռային չվացուցակը վերանայելիս։",
                    "ru": "Медсестра Нуне Аракелян, которая работает в ночную смену, рассказывает, что раньше тратила много денег на такси. «Теперь я могу добраться домой за сорок минут по цене обычного билета», — сказала она.\n\nУправление просит пассажиров делиться отзывами в течение пробного периода. Предложения учтут при пересмотре зимнего расписания.",
                    "en": "Nune Arakelyan, a nurse who works night shifts, says she used to spend a lot on taxis. “Now I can get home in forty minutes for the price of an ordinary ticket,” she said.\n\nThe department asks passengers to share their feedback during the trial. Suggestions will be taken into account when the winter timetable is reviewed.",
                    "tr": "Gece vardiyasında çalışan hemşire Nune Arakelyan, daha önce taksiye çok para harcadığını söylüyor. “Artık sıradan bir bilet fiyatına kırk dakikada eve ulaşabiliyorum” dedi.\n\nDaire, yolculardan deneme süresi boyunca görüşlerini paylaşmalarını istiyor. Öneriler, kış tarifesi gözden geçirilirken dikkate alınacak.",
                },
            },
        ],
    },
    {
        "key": "gyumri-library-reopens",
        "source": "hy",
        "published": {"hy": "2026-10-06T10:00", "ru": "2026-10-06T13:20", "en": "2026-10-07T09:00", "tr": "2026-10-07T12:45"},
        "cover": {
            "scene": "library",
            "focal": (50, 50),
            "alt": {"hy": "Վարդագույն տուֆից գրադարանի շենք՝ վեց սպիտակ սյուներով և լուսավորված կամարաձև պատուհաններով, կապույտ երկնքի ներքո։", "ru": "Здание библиотеки из розового камня с шестью белыми колоннами и светящимися арочными окнами на фоне голубого неба.", "en": "A library building of pink stone with six white columns and lit arched windows, under a blue sky.", "tr": "Mavi gökyüzü altında, altı beyaz sütunlu ve kemerli pencereleri aydınlık, pembe taştan bir kütüphane binası."},
            "caption": {"hy": "Կենտրոնական գրադարանի ճակատը՝ մեկ տարի տևած վերանորոգումից հետո։ Նկարազարդում։", "ru": "Фасад центральной библиотеки после годичного ремонта. Иллюстрация.", "en": "The central library's façade after a year of renovation. Illustration.", "tr": "Bir yıl süren yenilemenin ardından merkez kütüphanenin cephesi. Temsilî çizim."},
            "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
        },
        "title": {
            "hy": "Գյումրու կենտրոնական գրադարանը վերաբացվել է մեկամյա վերանորոգումից հետո",
            "ru": "Центральная библиотека Гюмри открылась после годичного ремонта",
            "en": "Gyumri's central library reopens after a year of renovation",
            "tr": "Gümrü Merkez Kütüphanesi bir yıllık yenilemenin ardından yeniden açıldı",
        },
        "lead": {
            "hy": "Գյումրու կենտրոնական գրադարանը մեկամյա վերանորոգումից հետո երկուշաբթի ընդունեց առաջին ընթերցողներին։ Շենքում այժմ կան վերելակ, նոր մանկական սրահ և մինչև ժամը 21:00-ն բաց ընթերցասրահ։",
            "ru": "В понедельник центральная библиотека Гюмри после годичного ремонта приняла первых читателей. Теперь в здании есть лифт, новый детский зал и читальный зал, открытый до 21:00.",
            "en": "On Monday Gyumri's central library welcomed its first readers after a year-long renovation. The building now has a lift, a new children's hall and a reading room open until 21:00.",
            "tr": "Gümrü Merkez Kütüphanesi, bir yıl süren yenilemenin ardından pazartesi günü ilk okurlarını ağırladı. Binada artık asansör, yeni bir çocuk salonu ve saat 21.00'e kadar açık bir okuma salonu bulunuyor.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
                "body": {
                    "hy": "Երկհարկանի շենքի վերանորոգումը սկսվել էր անցյալ տարվա հոկտեմբերին։ Փոխարինվել են տանիքը և ջեռուցման համակարգը, իսկ հին փայտե պատուհանները ոչ թե փոխվել, այլ վերականգնվել են։\n\nԱշխատանքները ֆինանսավորվել են քաղաքային բյուջեից և մշակութային հիմնադրամի դրամաշնորհով։ Գրադարանի տնօրեն Արմինե Պողոսյանի խոսքով՝ վերանորոգման ընթացքում 80 000-ից ավելի գրքից բաղկացած ֆոնդը պահվել է ժամանակավոր պահեստում։",
                    "ru": "Ремонт двухэтажного здания начался в октябре прошлого года. Заменили крышу и систему отопления, а старые деревянные окна не стали менять, а отреставрировали.\n\nРаботы финансировались из городского бюджета и за счёт гранта культурного фонда. По словам директора библиотеки Армине Погосян, на время ремонта фонд из более чем 80 000 книг хранился на временном складе.",
                    "en": "Work on the two-storey building began in October last year. The roof and the heating system were replaced, while the old wooden windows were restored rather than changed.\n\nThe work was funded by the city budget and a grant from a cultural foundation. According to the library's director, Armine Poghosyan, the collection of more than 80,000 books was kept in temporary storage during the renovation.",
                    "tr": "İki katlı binadaki çalışmalar geçen yılın ekim ayında başlamıştı. Çatı ve ısıtma sistemi yenilendi, eski ahşap pencereler ise değiştirilmek yerine restore edildi.\n\nÇalışmalar belediye bütçesi ve bir kültür vakfının hibesiyle finanse edildi. Kütüphane müdürü Armine Poğosyan, yenileme süresince 80.000'den fazla kitaptan oluşan koleksiyonun geçici bir depoda saklandığını söyledi.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Ինչ է փոխվել",
                    "ru": "Что изменилось",
                    "en": "What has changed",
                    "tr": "Neler değişti",
                },
                "body": {
                    "hy": "Ամենանկատելի փոփոխությունները կատարվել են առաջին հարկում, որն այժմ ամբողջությամբ հասանելի է սահմանափակ շարժունակություն ունեցող մարդկանց համար։ Այցելուներին սպասում են.\n\n- վերելակ և թեքահարթակ գլխավոր մուտքի մոտ\n- մանկական սրահ՝ 3000 նոր գրքով\n- տասներկու համակարգիչ՝ անվճար ինտերնետով\n- փոքր դահլիճ՝ դասախոսությունների և գրքերի շնորհանդեսների համար",
                    "ru": "Самые заметные изменения коснулись первого этажа, который теперь полностью доступен для людей с ограниченной подвижностью. Посетителей ждут:\n\n- лифт и пандус у главного входа\n- детский зал с тремя тысячами новых книг\n- двенадцать компьютеров с бесплатным интернетом\n- небольшой зал для лекций и презентаций книг",
                    "en": "The most visible changes are on the ground floor, which is now fully accessible to people with limited mobility. Visitors will find:\n\n- a lift and a ramp at the main entrance\n- a children's hall with 3,000 new books\n- twelve computers with free internet access\n- a small hall for lectures and book launches",
                    "tr": "En göze çarpan değişiklikler, artık hareket kısıtlılığı olan kişiler için tamamen erişilebilir olan zemin katta. Ziyaretçileri şunlar bekliyor:\n\n- ana girişte asansör ve rampa\n- 3.000 yeni kitabın bulunduğu bir çocuk salonu\n- ücretsiz internet erişimli on iki bilgisayar\n- konferanslar ve kitap tanıtımları için küçük bir salon",
                },
            },
            {
                "photo": {
                    "scene": "bookshelves",
                    "alt": {"hy": "Հին գրքերով լի փայտե դարակներ, առջևում՝ սեղանին դրված բաց գիրք։", "ru": "Деревянные полки, заставленные старыми книгами с выцветшими корешками, и раскрытая книга на столе.", "en": "Wooden shelves full of old books with faded spines, and an open book on a table in front.", "tr": "Sırtları solmuş eski kitaplarla dolu ahşap raflar ve önde, masanın üzerinde açık bir kitap."},
                    "caption": {"hy": "Հազվագյուտ գրքերը կարելի է ընթերցել տեղում՝ նախնական գրանցմամբ։ Նկարազարդում։", "ru": "Редкие книги можно читать на месте по предварительной записи. Иллюстрация.", "en": "The rare books can be read on site by appointment. Illustration.", "tr": "Nadir kitaplar, önceden randevu alınarak yerinde okunabiliyor. Temsilî çizim."},
                },
                "level": 3,
                "heading": {
                    "hy": "Հազվագյուտ գրքեր",
                    "ru": "Редкие книги",
                    "en": "Rare books",
                    "tr": "Nadir kitaplar",
                },
                "body": {
                    "hy": "19-րդ դարի և 20-րդ դարի սկզբի հազվագյուտ հրատարակությունների համար առանձին սենյակ է հատկացվել։ Այնտեղ պահպանվում են կայուն ջերմաստիճան և խոնավություն։\n\nՀազվագյուտ գրքերը կարելի է ընթերցել տեղում՝ նախնական գրանցմամբ։ Դրանց մի մասն աստիճանաբար կթվայնացվի և կհրապարակվի առցանց։",
                    "ru": "Для редких изданий XIX и начала XX века выделена отдельная комната. В ней поддерживаются постоянная температура и влажность.\n\nРедкие книги можно читать на месте по предварительной записи. Часть из них постепенно оцифруют и опубликуют в интернете.",
                    "en": "A separate room has been set aside for rare editions from the 19th and early 20th centuries. It keeps a steady temperature and humidity.\n\nThe rare books can be read on site by appointment. Some of them will gradually be digitised and published online.",
                    "tr": "19. yüzyıl ve 20. yüzyıl başına ait nadir baskılar için ayrı bir oda ayrıldı. Odada sıcaklık ve nem sabit tutuluyor.\n\nNadir kitaplar, önceden randevu alınarak yerinde okunabiliyor. Bunların bir kısmı zamanla dijitalleştirilerek internette yayımlanacak.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Աշխատանքային ժամերը",
                    "ru": "Часы работы",
                    "en": "Opening hours",
                    "tr": "Çalışma saatleri",
                },
                "body": {
                    "hy": "Գրադարանը բաց է երկուշաբթիից շաբաթ՝ ժամը 10:00-ից 21:00-ն։ Դպրոցականների և ուսանողների համար անդամակցությունն անվճար է։\n\nԳրացուցակին և միջոցառումների օրացույցին կարելի է ծանոթանալ [գրադարանի կայքում](https://example.am/gyumri-library)։",
                    "ru": "Библиотека работает с понедельника по субботу с 10:00 до 21:00. Для школьников и студентов читательский билет бесплатный.\n\nС каталогом и календарём мероприятий можно ознакомиться на [сайте библиотеки](https://example.am/gyumri-library).",
                    "en": "The library is open Monday to Saturday from 10:00 to 21:00. Membership is free for schoolchildren and students.\n\nThe catalogue and the events calendar are available on the [library's website](https://example.am/gyumri-library).",
                    "tr": "Kütüphane pazartesiden cumartesiye 10.00-21.00 saatleri arasında açık. Okul öğrencileri ve üniversiteliler için üyelik ücretsiz.\n\nKatalog ve etkinlik takvimi [kütüphanenin internet sitesinde](https://example.am/gyumri-library) yer alıyor.",
                },
            },
            {
                "level": 3,
                "heading": {
                    "hy": "Առաջին ամսվա միջոցառումները",
                    "ru": "Мероприятия первого месяца",
                    "en": "Events in the first month",
                    "tr": "İlk ayın etkinlikleri",
                },
                "body": {
                    "hy": "Առաջին ամսվա ծրագրում են.\n\n- Ավետիք Իսահակյանի բանաստեղծությունների ընթերցումներ դպրոցականների համար\n- վարպետաց դաս՝ հին գրքերի վերականգնման մասին\n- շախմատի շաբաթական երեկոներ փոքր դահլիճում\n\nԲոլոր միջոցառումներն անվճար են։",
                    "ru": "В программе первого месяца:\n\n- чтения стихов Аветика Исаакяна для школьников\n- мастер-класс по реставрации старых книг\n- еженедельные шахматные вечера в малом зале\n\nВсе мероприятия бесплатные.",
                    "en": "The programme for the first month includes:\n\n- readings of Avetik Isahakyan's poems for schoolchildren\n- a workshop on restoring old books\n- weekly chess evenings in the small hall\n\nAll events are free of charge.",
                    "tr": "İlk ayın programında şunlar yer alıyor:\n\n- okul öğrencileri için Avetik İsahakyan'ın şiirlerinden okumalar\n- eski kitapların onarımı üzerine bir atölye\n- küçük salonda haftalık satranç akşamları\n\nTüm etkinlikler ücretsiz.",
                },
            },
        ],
    },
    {
        "key": "sevan-water-level",
        "source": "en",
        "published": {"en": "2026-11-03T14:00", "hy": "2026-11-03T16:30", "ru": "2026-11-03T17:10", "tr": "2026-11-04T09:20"},
        "cover": {
            "scene": "sevan",
            "focal": (70, 64),
            "alt": {"hy": "Սևանա լիճը գունատ երկնքի ներքո՝ հեռավոր ափին ձյունածածկ լեռներով, բլրի վրա փոքրիկ եկեղեցով և ջրի մեջ կարմիր-սպիտակ չափիչ ձողով։", "ru": "Озеро Севан под бледным небом: заснеженные горы на дальнем берегу, маленькая церковь на холме и красно-белая мерная рейка в воде.", "en": "Lake Sevan under a pale sky, with snow-capped mountains on the far shore, a small church on a hill and a red-and-white measuring post in the water.", "tr": "Soluk bir gökyüzü altında Sevan Gölü: karşı kıyıda karlı dağlar, bir tepede küçük bir kilise ve suda kırmızı-beyaz bir ölçüm direği."},
            "caption": {"hy": "Չափիչ ձողը ցույց է տալիս լճի մակարդակը։ Նկարազարդում։", "ru": "Мерная рейка показывает уровень озера. Иллюстрация.", "en": "A measuring post shows the lake's level. Illustration.", "tr": "Ölçüm direği gölün su seviyesini gösteriyor. Temsilî çizim."},
            "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
        },
        "title": {
            "en": "Lake Sevan's level rises slightly over the year, monitoring shows",
            "hy": "Մոնիթորինգի տվյալներով՝ Սևանա լճի մակարդակը տարվա ընթացքում փոքր-ինչ բարձրացել է",
            "ru": "Данные мониторинга: уровень озера Севан за год немного повысился",
            "tr": "İzleme verileri: Sevan Gölü'nün seviyesi bir yılda hafifçe yükseldi",
        },
        "lead": {
            "en": "On 1 November the surface of Lake Sevan was 11 centimetres higher than a year earlier, according to the regional monitoring centre. Specialists link the rise to a snowy winter and to lower water withdrawal in summer.",
            "hy": "Տարածքային մոնիթորինգի կենտրոնի տվյալներով՝ նոյեմբերի 1-ին Սևանա լճի մակարդակը 11 սանտիմետրով բարձր էր, քան մեկ տարի առաջ։ Մասնագետներն աճը կապում են ձյունառատ ձմռան և ամռանը ջրառի կրճատման հետ։",
            "ru": "По данным регионального центра мониторинга, 1 ноября уровень озера Севан был на 11 сантиметров выше, чем годом ранее. Специалисты связывают подъём воды со снежной зимой и сокращением водозабора летом.",
            "tr": "Bölgesel izleme merkezinin verilerine göre 1 Kasım'da Sevan Gölü'nün seviyesi bir yıl öncesine göre 11 santimetre daha yüksekti. Uzmanlar bu artışı karlı geçen kışa ve yaz aylarında azalan su çekimine bağlıyor.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"en": "", "hy": "", "ru": "", "tr": ""},
                "body": {
                    "en": "Measurements are taken every ten days at four points around the lake. The November figures were published on Tuesday together with a short review of the year.\n\nThe centre notes that the lake is still below the target level set in the long-term programme. The gap, however, has narrowed for the second year in a row.",
                    "hy": "Չափումներն իրականացվում են տասն օրը մեկ՝ լճի շուրջ չորս կետում։ Նոյեմբերյան տվյալները հրապարակվել են երեքշաբթի՝ տարվա համառոտ ամփոփման հետ միասին։\n\nԿենտրոնը նշում է, որ լճի մակարդակը դեռևս ցածր է երկարաժամկետ ծրագրով սահմանված նպատակային նիշից։ Սակայն տարբերությունը երկրորդ տարին անընդմեջ նվազում է։",
                    "ru": "Замеры проводятся каждые десять дней в четырёх точках вокруг озера. Ноябрьские данные опубликованы во вторник вместе с кратким обзором за год.\n\nВ центре отмечают, что уровень озера всё ещё ниже целевой отметки, установленной долгосрочной программой. Однако разница сокращается уже второй год подряд.",
                    "tr": "Ölçümler gölün çevresindeki dört noktada on günde bir yapılıyor. Kasım verileri, yıla ilişkin kısa bir değerlendirmeyle birlikte salı günü yayımlandı.\n\nMerkez, göl seviyesinin uzun vadeli programda belirlenen hedefin hâlâ altında olduğunu belirtiyor. Ancak aradaki fark üst üste ikinci yıl da azaldı.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "en": "Key figures",
                    "hy": "Հիմնական ցուցանիշները",
                    "ru": "Основные показатели",
                    "tr": "Temel veriler",
                },
                "body": {
                    "en": "According to the review:\n\n- the level rose by 11 centimetres over twelve months\n- the surface water temperature was 9.4 °C at the end of October\n- the number of days with algal bloom fell from 34 to 21\n\nThe full data set is available on the [centre's website](https://example.am/sevan/monitoring).",
                    "hy": "Ամփոփման համաձայն՝\n\n- տասներկու ամսում մակարդակը բարձրացել է 11 սանտիմետրով\n- հոկտեմբերի վերջին մակերևութային ջրի ջերմաստիճանը 9,4 °C էր\n- ջրիմուռների ծաղկման օրերի թիվը 34-ից նվազել է 21-ի\n\nԱմբողջական տվյալները հասանելի են [կենտրոնի կայքում](https://example.am/sevan/monitoring)։",
                    "ru": "Согласно обзору:\n\n- за двенадцать месяцев уровень поднялся на 11 сантиметров\n- в конце октября температура воды у поверхности составляла 9,4 °C\n- число дней с цветением водорослей сократилось с 34 до 21\n\nПолные данные опубликованы на [сайте центра](https://example.am/sevan/monitoring).",
                    "tr": "Değerlendirmeye göre:\n\n- göl seviyesi on iki ayda 11 santimetre yükseldi\n- ekim sonunda yüzey suyunun sıcaklığı 9,4 °C idi\n- alg patlaması görülen gün sayısı 34'ten 21'e düştü\n\nVerilerin tamamı [merkezin internet sitesinde](https://example.am/sevan/monitoring) bulunuyor.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "en": "Why the water rose",
                    "hy": "Ինչու է բարձրացել ջրի մակարդակը",
                    "ru": "Почему поднялась вода",
                    "tr": "Su neden yükseldi?",
                },
                "body": {
                    "en": "Specialists point to two main reasons. Both are linked to the past year's weather and to decisions on water use.",
                    "hy": "Մասնագետները նշում են երկու հիմնական պատճառ։ Երկուսն էլ կապված են անցած տարվա եղանակի և ջրօգտագործման վերաբերյալ որոշումների հետ։",
                    "ru": "Специалисты называют две основные причины. Обе связаны с погодой минувшего года и с решениями о водопользовании.",
                    "tr": "Uzmanlar iki temel nedene dikkat çekiyor. Her ikisi de geride kalan yılın hava koşulları ve su kullanımına ilişkin kararlarla bağlantılı.",
                },
            },
            {
                "level": 3,
                "heading": {
                    "en": "Snow and rivers",
                    "hy": "Ձյունը և գետերը",
                    "ru": "Снег и реки",
                    "tr": "Kar ve nehirler",
                },
                "body": {
                    "en": "Last winter the snow cover in the basin lasted about two weeks longer than usual. As a result, the rivers that feed the lake carried more water in April and May.",
                    "hy": "Անցած ձմռանը ավազանում ձյան ծածկույթը սովորականից մոտ երկու շաբաթ ավելի երկար պահպանվեց։ Արդյունքում լիճը սնող գետերը ապրիլին և մայիսին ավելի շատ ջուր բերեցին։",
                    "ru": "Прошлой зимой снежный покров в бассейне продержался примерно на две недели дольше обычного. В результате реки, питающие озеро, в апреле и мае принесли больше воды.",
                    "tr": "Geçen kış havzadaki kar örtüsü normalden yaklaşık iki hafta daha uzun süre kaldı. Bu nedenle göle dökülen nehirler nisan ve mayıs aylarında daha fazla su taşıdı.",
                },
            },
            {
                "level": 3,
                "heading": {
                    "en": "Less water taken",
                    "hy": "Ջրառի կրճատումը",
                    "ru": "Меньше водозабора",
                    "tr": "Daha az su çekimi",
                },
                "body": {
                    "en": "Over the summer, less water was drawn from the lake for irrigation. Farms in the Ararat Valley received part of their water from reservoirs and wells instead.",
                    "hy": "Ամռանը ոռոգման նպատակով լճից ավելի քիչ ջուր է վերցվել։ Արարատյան դաշտի տնտեսությունները ջրի մի մասը փոխարենը ստացել են ջրամբարներից և հորերից։",
                    "ru": "Летом на орошение забирали из озера меньше воды. Хозяйства Араратской долины вместо этого получали часть воды из водохранилищ и скважин.",
                    "tr": "Yaz boyunca sulama için gölden daha az su çekildi. Ararat Ovası'ndaki çiftlikler bunun yerine suyun bir kısmını baraj göllerinden ve kuyulardan aldı.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "en": "What comes next",
                    "hy": "Հաջորդ քայլերը",
                    "ru": "Что дальше",
                    "tr": "Önümüzdeki adımlar",
                },
                "body": {
                    "en": "Next year the centre plans to install two more automatic measuring stations on the southern shore. Their data will be published online in real time.\n\nFishers and residents of lakeside villages are asked to report unusual changes in the water, such as algal bloom or a strong smell, via the centre's hotline.",
                    "hy": "Հաջորդ տարի կենտրոնը նախատեսում է հարավային ափին տեղադրել ևս երկու ավտոմատ չափիչ կայան։ Դրանց տվյալները կհրապարակվեն առցանց՝ իրական ժամանակում։\n\nՁկնորսներին և ափամերձ գյուղերի բնակիչներին խնդրում են ջրի անսովոր փոփոխությունների, օրինակ՝ ջրիմուռների ծաղկման կամ ուժեղ հոտի մասին հայտնել կենտրոնի թեժ գծով։",
                    "ru": "В следующем году центр планирует установить на южном берегу ещё две автоматические измерительные станции. Их данные будут публиковаться в интернете в режиме реального времени.\n\nРыбаков и жителей прибрежных сёл просят сообщать о необычных изменениях воды, например о цветении водорослей или сильном запахе, по горячей линии центра.",
                    "tr": "Merkez, gelecek yıl güney kıyısına iki otomatik ölçüm istasyonu daha kurmayı planlıyor. Bu istasyonların verileri internette anlık olarak yayımlanacak.\n\nBalıkçılardan ve göl kıyısındaki köylerin sakinlerinden, alg patlaması ya da keskin bir koku gibi olağan dışı değişiklikleri merkezin yardım hattına bildirmeleri isteniyor.",
                },
            },
        ],
    },
    {
        "key": "vayots-dzor-grape-harvest",
        "source": "hy",
        "published": {"hy": "2026-10-14T10:30", "ru": "2026-10-14T15:00"},
        "cover": {
            "scene": "vineyard",
            "focal": (30, 70),
            "alt": {"hy": "Խաղողի այգու շարքեր աշնանային լանջին, առջևում՝ մուգ խաղողի ողկույզներ և լիքը արկղ։", "ru": "Ряды виноградной лозы на осеннем склоне, на переднем плане — гроздья тёмного винограда и полный ящик."},
            "caption": {"hy": "Վայոց ձորի այգիներում բերքահավաքը մոտենում է ավարտին։ Նկարազարդում։", "ru": "Сбор урожая на виноградниках Вайоц Дзора близится к концу. Иллюстрация."},
            "credit": {"hy": "Խմբագրություն", "ru": "Редакция"},
        },
        "title": {
            "hy": "Վայոց ձորում ավարտվում է խաղողի բերքահավաքը",
            "ru": "В Вайоц Дзоре завершается сбор винограда",
        },
        "lead": {
            "hy": "Վայոց ձորի խաղողագործներն այս տարի մոտ 10 տոկոսով ավելի շատ խաղող են հավաքել, քան նախորդ տարի։ Վերամշակող ընկերություններն արդեն ընդունել են բերքի հիմնական մասը։",
            "ru": "Виноградари Вайоц Дзора в этом году собрали примерно на 10 процентов больше винограда, чем в прошлом. Перерабатывающие компании уже приняли основную часть урожая.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"hy": "", "ru": ""},
                "body": {
                    "hy": "Մարզում բերքահավաքը սկսվել էր սեպտեմբերի կեսերին և կավարտվի հոկտեմբերի վերջին։ Ամենաշատ խաղող հավաքվել է Արենի, Արփի և Չիվա գյուղերում։\n\nՄարզպետարանի գյուղատնտեսության վարչության տվյալներով՝ եղանակը բարենպաստ է եղել։ Ամռանը կարկուտ գրեթե չի եղել, իսկ աշունը չոր ու տաք էր։",
                    "ru": "Сбор урожая в области начался в середине сентября и завершится в конце октября. Больше всего винограда собрали в сёлах Арени, Арпи и Чива.\n\nПо данным управления сельского хозяйства областной администрации, погода была благоприятной. Летом града почти не было, а осень выдалась сухой и тёплой.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Գներն ու գնումները",
                    "ru": "Цены и закупки",
                },
                "body": {
                    "hy": "Վերամշակող ընկերությունները «Արենի» սորտի խաղողի մեկ կիլոգրամի համար վճարում են միջինը 280 դրամ։ Այլ սորտերի գինը տատանվում է 180-ից 230 դրամի սահմաններում։\n\nՖերմերների մեծ մասը գումարը ստանում է երկու շաբաթվա ընթացքում։ Որոշ տնտեսություններ դժգոհում են, որ վճարումները երբեմն ուշանում են մինչև մեկ ամիս։",
                    "ru": "За килограмм винограда сорта «Арени» перерабатывающие компании платят в среднем 280 драмов. Цена других сортов колеблется от 180 до 230 драмов.\n\nБольшинство фермеров получают деньги в течение двух недель. Некоторые хозяйства жалуются, что выплаты иногда задерживаются до месяца.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Փոքր տնտեսությունների խնդիրները",
                    "ru": "Проблемы небольших хозяйств",
                },
                "body": {
                    "hy": "Արենիի բնակիչ Սամվել Գրիգորյանն ունի մեկ հեկտար խաղողի այգի։ Նրա խոսքով՝ այս տարի բերքը լավն էր, բայց աշխատողներ գտնելը դժվար էր։\n\nՓոքր տնտեսությունների հիմնական խնդիրներն են.\n\n- սեզոնային աշխատողների պակասը\n- տրանսպորտային բարձր ծախսերը\n- սառնարանային պահեստների բացակայությունը",
                    "ru": "Житель Арени Самвел Григорян владеет гектаром виноградника. По его словам, урожай в этом году выдался хорошим, но найти работников было трудно.\n\nГлавные проблемы небольших хозяйств:\n\n- нехватка сезонных работников\n- высокие транспортные расходы\n- отсутствие холодильных складов",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Աջակցության ծրագիր",
                    "ru": "Программа поддержки",
                },
                "body": {
                    "hy": "Հաջորդ տարի մարզպետարանը նախատեսում է փոքր տնտեսություններին աջակցել սառնարանային խցերի ձեռքբերման հարցում։ Ծրագրին կարող են դիմել մինչև երեք հեկտար այգի ունեցող ֆերմերները։\n\nԴիմումների ընդունման ժամկետները կհրապարակվեն դեկտեմբերին։",
                    "ru": "В следующем году областная администрация планирует помочь небольшим хозяйствам с приобретением холодильных камер. Подать заявку смогут фермеры, у которых не более трёх гектаров виноградника.\n\nСроки приёма заявок объявят в декабре.",
                },
            },
        ],
    },
    {
        "key": "vanadzor-school-robotics",
        "source": "hy",
        "published": {"hy": "2026-11-09T12:00", "en": "2026-11-10T09:30"},
        "cover": {
            "scene": "trophy",
            "focal": (50, 55),
            "alt": {"hy": "Ոսկեգույն գավաթ դասասենյակի սեղանին՝ գրատախտակի առջև, որի վրա կավճով ատամնանիվ է նկարված։", "en": "A gold cup on a classroom table in front of a blackboard with a gear drawn in chalk."},
            "caption": {"hy": "Հանրապետական մրցույթի գավաթը մեկնում է Վանաձոր։ Նկարազարդում։", "en": "The national contest's cup goes to Vanadzor. Illustration."},
            "credit": {"hy": "Խմբագրություն", "en": "Newsroom"},
        },
        "title": {
            "hy": "Վանաձորցի աշակերտները հաղթել են դպրոցական ռոբոտաշինության հանրապետական մրցույթում",
            "en": "Vanadzor pupils win the national school robotics contest",
        },
        "lead": {
            "hy": "Վանաձորի թիվ 7 դպրոցի թիմը առաջին տեղը զբաղեցրեց Երևանում անցկացված դպրոցական ռոբոտաշինության հանրապետական մրցույթում։ Նրանց ռոբոտը պլաստիկ թափոնները տեսակավորում է ըստ գույնի։",
            "en": "A team from Vanadzor School No. 7 took first place at the national school robotics contest held in Yerevan. Their robot sorts plastic waste by colour.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"hy": "", "en": ""},
                "body": {
                    "hy": "Այս տարվա մրցույթին Հայաստանի բոլոր մարզերից մասնակցել է 32 թիմ։ Այն անցկացվել է երկու օր՝ Երևանի համալսարաններից մեկի մարզադահլիճում։\n\nՅուրաքանչյուր թիմ պետք է ստեղծեր ռոբոտ, որը լուծում է իր քաղաքի կամ գյուղի որևէ գործնական խնդիր։ Ժյուրին գնահատում էր ոչ միայն կառուցվածքը, այլև այն, թե որքան լավ են աշակերտները ներկայացրել իրենց գաղափարը։",
                    "en": "Thirty-two teams from all regions of Armenia took part in this year's contest. It was held over two days in the sports hall of one of Yerevan's universities.\n\nEach team had to build a robot that solves a practical problem in its town or village. The jury assessed not only the design but also how well the pupils presented their idea.",
                },
            },
            {
                "photo": {
                    "scene": "robot",
                    "alt": {"hy": "Անիվներով փոքրիկ կապույտ ռոբոտ սեղանին՝ առջևում երկու կլոր սենսորով և մոխրագույն բռնիչ թևով։", "en": "A small blue robot on wheels, with two round sensors at the front and a grey gripper arm, on a table."},
                    "caption": {"hy": "«Սորտիկը» տեսախցիկով ճանաչում է շշերն ու կափարիչները և դրանք տեղափոխում առանձին տարաների մեջ։ Նկարազարդում։", "en": "Sortik recognises bottles and caps with its camera and moves them into separate containers. Illustration."},
                },
                "level": 2,
                "heading": {
                    "hy": "Հաղթող ռոբոտը",
                    "en": "The winning robot",
                },
                "body": {
                    "hy": "Վանաձորի թիմի ռոբոտը, որին անվանել են *Սորտիկ*, տեսախցիկի միջոցով ճանաչում է տարբեր գույների շշեր և կափարիչներ։ Այնուհետև այն դրանք տեղափոխում է առանձին տարաների մեջ։\n\nԹիմը բաղկացած է իններորդ դասարանի չորս աշակերտից և նրանց ինֆորմատիկայի ուսուցիչ Արսեն Բարսեղյանից։ «Ռոբոտը փորձարկել ենք մեր դպրոցի բակի աղբով»,— ասաց թիմի ավագ, 15-ամյա Լիլիթ Հարությունյանը։",
                    "en": "The Vanadzor team's robot, nicknamed *Sortik*, uses a camera to recognise bottles and caps of different colours. It then moves them into separate containers.\n\nThe team consists of four ninth-graders and their computer science teacher, Arsen Barseghyan. “We tested the robot on rubbish from our own schoolyard,” said team captain Lilit Harutyunyan, 15.",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Մյուս մրցանակակիրները",
                    "en": "Other prize-winners",
                },
                "body": {
                    "hy": "Երկրորդ և երրորդ տեղերը զբաղեցրին Գորիսի և Գավառի թիմերը։ Ժյուրին շնորհեց նաև հատուկ մրցանակներ.\n\n- լավագույն ինժեներական լուծման համար՝ Իջևանի թիմին\n- լավագույն ներկայացման համար՝ Երևանի թիմին\n- որպես ամենաերիտասարդ թիմ՝ Աշտարակի հինգերորդ դասարանցիներին",
                    "en": "Second and third places went to teams from Goris and Gavar. The jury also handed out special awards:\n\n- for the best engineering solution, to a team from Ijevan\n- for the best presentation, to a team from Yerevan\n- as the youngest team, to fifth-graders from Ashtarak",
                },
            },
            {
                "level": 2,
                "heading": {
                    "hy": "Հաջորդ կանգառը՝ միջազգային մրցույթ",
                    "en": "Next stop: an international contest",
                },
                "body": {
                    "hy": "Հաջորդ գարնանը հաղթողները Հայաստանը կներկայացնեն դպրոցական ռոբոտաշինության միջազգային փառատոնում։ Մինչ այդ թիմը նախատեսում է ռոբոտն ավելի արագ դարձնել և սովորեցնել նրան ճանաչել նաև ապակին։\n\nԿազմակերպիչների խոսքով՝ հաջորդ տարվա հանրապետական մրցույթի հայտերի ընդունումը կմեկնարկի փետրվարին։ Կանոնները և ժամկետները կհրապարակվեն [մրցույթի կայքում](https://example.am/robotics)։",
                    "en": "Next spring the winners will represent Armenia at an international school robotics festival. Before then, the team plans to make the robot faster and teach it to recognise glass as well.\n\nThe organisers say applications for next year's national contest will open in February. The rules and deadlines will be posted on the [contest website](https://example.am/robotics).",
                },
            },
        ],
    },
    {
        "key": "yerevan-heating-season",
        "source": "hy",
        "published": {"hy": "2026-10-20T11:00"},
        "cover": {
            "scene": "apartment_blocks",
            "focal": (60, 40),
            "alt": {"hy": "Բազմաբնակարան շենքեր մթնշաղին՝ շատ լուսավորված պատուհաններով, իսկ կաթսայատան ծխնելույզից գոլորշի է բարձրանում։"},
            "caption": {"hy": "Ջեռուցումը կմիացվի ըստ քաղաքապետարանի ժամանակացույցի։ Նկարազարդում։"},
            "credit": {"hy": "Խմբագրություն"},
        },
        "title": {
            "hy": "Երևանի քաղաքապետարանը հրապարակել է ջեռուցման սեզոնի ժամանակացույցը",
        },
        "lead": {
            "hy": "Առաջինը՝ հոկտեմբերի 26-ից, ջեռուցում կստանան մանկապարտեզները։ Դպրոցներում և մշակութային հաստատություններում ջեռուցումը կմիացվի նոյեմբերի սկզբին։",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"hy": ""},
                "body": {
                    "hy": "Ժամանակացույցը կազմվել է եղանակի կանխատեսման հիման վրա։ Եթե օդի միջին օրական ջերմաստիճանը հինգ օր անընդմեջ 8 աստիճանից ցածր լինի, ջեռուցումը կարող է միացվել ավելի վաղ։\n\nԲազմաբնակարան շենքերի կենտրոնացված ջեռուցման համակարգերը կգործարկվեն փուլ առ փուլ՝ կախված կառավարման մարմինների հայտերից։",
                },
            },
            {
                "level": 2,
                "heading": {"hy": "Ժամանակացույցը"},
                "body": {
                    "hy": "Ջեռուցումը կմիացվի հետևյալ հերթականությամբ.\n\n- մանկապարտեզներ՝ հոկտեմբերի 26-ից\n- դպրոցներ և արվեստի դպրոցներ՝ նոյեմբերի 1-ից\n- գրադարաններ և մշակույթի տներ՝ նոյեմբերի 3-ից\n- վարչական շենքեր՝ նոյեմբերի 10-ից\n\nԱնհրաժեշտության դեպքում ժամկետները կարող են փոփոխվել՝ կախված եղանակից։",
                },
            },
            {
                "level": 2,
                "heading": {"hy": "Ինչ անել, եթե բնակարանում ցուրտ է"},
                "body": {
                    "hy": "Քաղաքապետարանը բնակիչներին խորհուրդ է տալիս նախ դիմել իրենց շենքի կառավարման մարմնին։ Եթե խնդիրը երեք օրվա ընթացքում չի լուծվում, կարելի է զանգահարել քաղաքապետարանի թեժ գծին։",
                },
            },
            {
                "level": 3,
                "heading": {"hy": "Ինչպես նախապատրաստել բնակարանը"},
                "body": {
                    "hy": "Մասնագետները խորհուրդ են տալիս նախապես ստուգել ռադիատորները և դրանցից բաց թողնել կուտակված օդը։ Պատուհանների ճեղքերը կարելի է փակել ջերմամեկուսիչ ժապավենով։\n\n**Կարևոր է**՝ ռադիատորները չի կարելի ծածկել կահույքով կամ ծանր վարագույրներով, քանի որ դա նվազեցնում է ջերմատվությունը։",
                },
            },
            {
                "level": 2,
                "heading": {"hy": "Սակագները և վճարումները"},
                "body": {
                    "hy": "Կենտրոնացված ջեռուցման սակագներն այս սեզոնում չեն փոխվել։ Վճարումները կարելի է կատարել առցանց կամ փոստային բաժանմունքներում։\n\nԼրացուցիչ տեղեկություններ կարելի է գտնել [քաղաքապետարանի կայքում](https://example.am/heating)։",
                },
            },
        ],
    },
    {
        "key": "yerevan-autumn-jazz",
        "source": "ru",
        "published": {"ru": "2026-10-23T18:00"},
        "cover": {
            "scene": "jazz_stage",
            "focal": (45, 55),
            "alt": {"ru": "Тёмная сцена: контрабас и микрофонная стойка в луче прожектора."},
            "caption": {"ru": "Концерты фестиваля пройдут в пяти небольших клубах и залах. Иллюстрация."},
            "credit": {"ru": "Редакция"},
        },
        "title": {
            "ru": "Осенний джазовый фестиваль пройдёт в пяти камерных залах Еревана",
        },
        "lead": {
            "ru": "С 29 октября по 2 ноября в Ереване пройдёт фестиваль «Осенние синкопы». Концерты состоятся в пяти небольших клубах и залах в центре города.",
        },
        "sections": [
            {
                "level": 2,
                "heading": {"ru": ""},
                "body": {
                    "ru": "Фестиваль проводится уже в шестой раз. В этом году организаторы решили отказаться от большой сцены и сделать ставку на камерные концерты.\n\n«Джаз лучше всего звучит, когда музыкант видит лица слушателей», — объясняет художественный руководитель фестиваля Карен Мурадян. По его словам, каждый зал вмещает от 60 до 150 человек.",
                },
            },
            {
                "level": 2,
                "heading": {"ru": "Программа"},
                "body": {
                    "ru": "В программе — 14 концертов, мастер-классы и ночные джем-сейшены. Среди участников — музыканты из Армении, Грузии, Франции и Польши.\n\nГлавные события фестиваля:\n\n- 29 октября — открытие с участием молодёжного биг-бэнда\n- 31 октября — вечер армянских народных мелодий в джазовой обработке\n- 1 ноября — концерт фортепианных дуэтов\n- 2 ноября — закрытие и общий джем-сейшен",
                },
            },
            {
                "level": 2,
                "heading": {"ru": "Билеты"},
                "body": {
                    "ru": "Билеты продаются онлайн и в кассах площадок. Цена — от 3000 до 6000 драмов в зависимости от концерта.\n\nПолное расписание опубликовано на [сайте фестиваля](https://example.am/jazz).",
                },
            },
            {
                "level": 3,
                "heading": {"ru": "Скидки"},
                "body": {
                    "ru": "Студенты и пенсионеры могут купить билеты со скидкой **50 процентов**. Вход на мастер-классы свободный, но нужна предварительная регистрация.",
                },
            },
            {
                "level": 3,
                "heading": {"ru": "Как добраться"},
                "body": {
                    "ru": "Все площадки находятся в пешей доступности друг от друга. В дни фестиваля, по договорённости с городским транспортным управлением, автобус № 7 будет ходить до часа ночи.",
                },
            },
        ],
    },
]

# The demo's contributors: the press secretary (the `press` login of load_demo)
# and two correspondents and a guest writer without an account, each name as
# readers of that language write it.
CONTRIBUTORS = {
    "press": {
        "user": "press",
        "name": {"hy": "Սիրանուշ Մելքոնյան", "ru": "Сирануш Мелконян", "en": "Siranush Melkonyan", "tr": "Siranuş Melkonyan"},
    },
    "lilit": {
        "name": {"hy": "Լիլիթ Ավետիսյան", "ru": "Лилит Аветисян", "en": "Lilit Avetisyan", "tr": "Lilit Avetisyan"},
    },
    "davit": {
        "name": {"hy": "Դավիթ Հակոբյան", "ru": "Давид Акопян", "en": "Davit Hakobyan", "tr": "Davit Hakobyan"},
    },
    "mariam": {
        "name": {"hy": "Մարիամ Գրիգորյան", "ru": "Мариам Григорян", "en": "Mariam Grigoryan", "tr": "Mariam Grigoryan"},
    },
}

# Each demo article's byline, in order, by the keys above.
BYLINES = {
    "yerevan-night-tram": ["davit"],
    "gyumri-library-reopens": ["lilit"],
    "sevan-water-level": ["lilit", "davit"],
    "vayots-dzor-grape-harvest": ["davit"],
    "vanadzor-school-robotics": ["press", "lilit"],
    "yerevan-heating-season": ["press"],
    "yerevan-autumn-jazz": ["mariam"],
}
