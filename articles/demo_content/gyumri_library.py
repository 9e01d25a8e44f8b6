ARTICLE = {
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
        "en": "The central library in Gyumri, Armenia's second-largest city, welcomed its first readers on Monday after a year-long renovation. The building now has a lift, a new children's hall and a reading room open until 9 p.m.",
        "tr": "Ermenistan'ın ikinci büyük kenti Gümrü'deki merkez kütüphane, bir yıl süren yenilemenin ardından pazartesi günü ilk okurlarını ağırladı. Binada artık asansör, yeni bir çocuk salonu ve saat 21.00'e kadar açık bir okuma salonu bulunuyor.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
            "body": {
                "hy": "Երկհարկանի շենքի վերանորոգումը սկսվել էր անցյալ տարվա հոկտեմբերին։ Փոխարինվել են տանիքը և ջեռուցման համակարգը, իսկ հին փայտե պատուհանները ոչ թե փոխվել, այլ վերականգնվել են։\n\nԱշխատանքները ֆինանսավորվել են քաղաքային բյուջեից և մշակութային հիմնադրամի դրամաշնորհով։ Գրադարանի տնօրեն Արմինե Պողոսյանի խոսքով՝ վերանորոգման ընթացքում 80\u00a0000-ից ավելի գրքից բաղկացած ֆոնդը պահվել է ժամանակավոր պահեստում։",
                "ru": "Ремонт двухэтажного здания начался в октябре прошлого года. Заменили крышу и систему отопления, старые же деревянные окна не заменили, а отреставрировали.\n\nРаботы финансировались из городского бюджета и за счёт гранта культурного фонда. По словам директора библиотеки Армине Погосян, на время ремонта фонд из более чем 80\u00a0000 книг хранился на временном складе.",
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
                "hy": "Ամենանկատելի փոփոխությունները կատարվել են առաջին հարկում, որն այժմ ամբողջությամբ հասանելի է սահմանափակ շարժունակություն ունեցող մարդկանց համար։ Այցելուներին սպասում են․\n\n- վերելակ և թեքահարթակ գլխավոր մուտքի մոտ\n- մանկական սրահ՝ 3000 նոր գրքով\n- տասներկու համակարգիչ՝ անվճար ինտերնետով\n- փոքր դահլիճ՝ դասախոսությունների և գրքերի շնորհանդեսների համար",
                "ru": "Самые заметные изменения коснулись первого этажа, который теперь полностью доступен для людей с ограниченной подвижностью. Посетителей ждут:\n\n- лифт и пандус у главного входа\n- детский зал с тремя тысячами новых книг\n- двенадцать компьютеров с бесплатным интернетом\n- небольшой зал для лекций и презентаций книг",
                "en": "The most visible changes are on the ground floor, which is now fully accessible to people with limited mobility. Visitors will find:\n\n- a lift and a ramp at the main entrance\n- a children's hall with 3,000 new books\n- twelve computers with free internet access\n- a small hall for lectures and book launches",
                "tr": "En göze çarpan değişiklikler zemin katta: bu kat artık hareket kısıtlılığı olan kişiler için tamamen erişilebilir. Ziyaretçileri şunlar bekliyor:\n\n- ana girişte asansör ve rampa\n- 3.000 yeni kitabın bulunduğu bir çocuk salonu\n- ücretsiz internet erişimli on iki bilgisayar\n- konferanslar ve kitap tanıtımları için küçük bir salon",
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
                "tr": "19. yüzyıl ve 20. yüzyıl başına ait nadir baskılar için özel bir oda ayrıldı. Odada sıcaklık ve nem sabit tutuluyor.\n\nNadir kitaplar, önceden randevu alınarak yerinde okunabiliyor. Bunların bir kısmı zamanla dijitalleştirilerek internette yayımlanacak.",
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
                "en": "The library is open Monday to Saturday from 10 a.m. to 9 p.m. Membership is free for schoolchildren and students.\n\nThe catalogue and the events calendar are available on the [library's website](https://example.am/gyumri-library).",
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
                "hy": "Առաջին ամսվա ծրագրում են․\n\n- Ավետիք Իսահակյանի բանաստեղծությունների ընթերցումներ դպրոցականների համար\n- վարպետաց դաս՝ հին գրքերի վերականգնման մասին\n- շախմատի շաբաթական երեկոներ փոքր դահլիճում\n\nԲոլոր միջոցառումներն անվճար են։",
                "ru": "В программе первого месяца:\n\n- чтения стихов Аветика Исаакяна для школьников\n- мастер-класс по реставрации старых книг\n- еженедельные шахматные вечера в малом зале\n\nВсе мероприятия бесплатные.",
                "en": "The programme for the first month includes:\n\n- readings for schoolchildren of poems by Avetik Isahakyan, a Gyumri native\n- a workshop on restoring old books\n- weekly chess evenings in the small hall\n\nAll events are free of charge.",
                "tr": "İlk ayın programında şunlar yer alıyor:\n\n- okul öğrencileri için Gümrülü şair Avetik İsahakyan'ın şiirlerinden okumalar\n- eski kitapların onarımı üzerine bir atölye\n- küçük salonda haftalık satranç akşamları\n\nTüm etkinlikler ücretsiz.",
            },
        },
    ],
}
