ARTICLE = {
    "key": "vayots-dzor-grape-harvest",
    "source": "hy",
    "published": {"hy": "2026-10-14T10:30", "ru": "2026-10-14T15:00", "en": "2026-10-15T09:00", "tr": "2026-10-15T11:30"},
    "cover": {
        "scene": "vineyard",
        "focal": (30, 70),
        "alt": {
            "hy": "Խաղողի այգու շարքեր աշնանային լանջին, առջևում՝ մուգ խաղողի ողկույզներ և խաղողով լի արկղ։",
            "ru": "Ряды виноградной лозы на осеннем склоне, на переднем плане — гроздья тёмного винограда и полный ящик.",
            "en": "Rows of vines on an autumn hillside, with bunches of dark grapes and a full crate in front.",
            "tr": "Sonbaharda bir yamaçta asma sıraları; önde koyu renkli üzüm salkımları ve üzümle dolu bir kasa.",
        },
        "caption": {
            "hy": "Վայոց ձորի այգիներում բերքահավաքը մոտենում է ավարտին։ Նկարազարդում։",
            "ru": "Сбор урожая на виноградниках Вайоц Дзора близится к концу. Иллюстрация.",
            "en": "The harvest in Vayots Dzor's vineyards is nearly over. Illustration.",
            "tr": "Vayots Dzor'daki bağlarda hasat sona yaklaşıyor. Temsilî çizim.",
        },
        "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
    },
    "title": {
        "hy": "Վայոց ձորում ավարտվում է խաղողի բերքահավաքը",
        "ru": "В Вайоц Дзоре завершается сбор винограда",
        "en": "Vayots Dzor's grape harvest nears its end, up about 10 percent",
        "tr": "Ermenistan'ın Vayots Dzor bölgesinde üzüm hasadı sona eriyor",
    },
    "lead": {
        "hy": "Վայոց ձորի խաղողագործներն այս տարի մոտ 10 տոկոսով ավելի շատ խաղող են հավաքել, քան նախորդ տարի։ Վերամշակող ընկերություններն արդեն ընդունել են բերքի հիմնական մասը։",
        "ru": "Виноградари Вайоц Дзора в этом году собрали примерно на 10 процентов больше винограда, чем в прошлом. Перерабатывающие компании уже приняли основную часть урожая.",
        "en": "Grape growers in Vayots Dzor, the wine region in Armenia's south, have picked about 10 percent more grapes this year than last. Processing companies have already taken in most of the harvest.",
        "tr": "Ermenistan'ın güneyindeki Vayots Dzor bölgesinde üzüm üreticileri bu yıl geçen yıla göre yaklaşık yüzde 10 daha fazla ürün topladı. İşleme şirketleri hasadın büyük bölümünü şimdiden teslim aldı.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
            "body": {
                "hy": "Մարզում բերքահավաքը սկսվել էր սեպտեմբերի կեսերին և կավարտվի հոկտեմբերի վերջին։ Ամենաշատ խաղող հավաքվել է Արենի, Արփի և Չիվա գյուղերում։\n\nՄարզպետարանի գյուղատնտեսության վարչության տվյալներով՝ եղանակը բարենպաստ է եղել։ Ամռանը կարկուտ գրեթե չի եղել, իսկ աշունը չոր ու տաք էր։",
                "ru": "Сбор урожая в области начался в середине сентября и завершится в конце октября. Больше всего винограда собрали в сёлах Арени, Арпи и Чива.\n\nПо данным управления сельского хозяйства областной администрации, погода была благоприятной. Летом града почти не было, а осень выдалась сухой и тёплой.",
                "en": "Picking in the province began in mid-September and will finish at the end of October. The villages of Areni, Arpi and Chiva brought in the most grapes.\n\nThe weather was kind this year, according to the agriculture department of the provincial administration. There was almost no hail in summer, and the autumn was dry and warm.",
                "tr": "Bölgede eylül ortasında başlayan hasat ekim sonunda tamamlanacak. En fazla üzüm Areni, Arpi ve Çiva köylerinde toplandı. Areni, dünyanın bilinen en eski şarap üretim alanlarından birinin bulunduğu köy olarak biliniyor.\n\nBölge valiliğinin tarım dairesine göre hava koşulları bu yıl elverişliydi. Yazın neredeyse hiç dolu yağmadı, sonbahar ise kuru ve ılık geçti.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Գներն ու գնումները",
                "ru": "Цены и закупки",
                "en": "Prices and payments",
                "tr": "Fiyatlar ve alımlar",
            },
            "body": {
                "hy": "Վերամշակող ընկերությունները «Արենի» սորտի խաղողի մեկ կիլոգրամի համար վճարում են միջինը 280 դրամ։ Այլ սորտերի գինը տատանվում է 180-ից 230 դրամի սահմաններում։\n\nՖերմերների մեծ մասը գումարը ստանում է երկու շաբաթվա ընթացքում։ Որոշ տնտեսություններ դժգոհում են, որ վճարումները երբեմն ուշանում են մինչև մեկ ամիս։",
                "ru": "За килограмм винограда сорта «Арени» перерабатывающие компании платят в среднем 280 драмов. Цена других сортов колеблется от 180 до 230 драмов.\n\nБольшинство фермеров получают деньги в течение двух недель. Некоторые хозяйства жалуются, что выплаты иногда задерживаются до месяца.",
                "en": "Processing companies pay an average of 280 drams (about 70 US cents) per kilogram for the Areni variety. Other varieties fetch between 180 and 230 drams.\n\nMost farmers are paid within two weeks, though some complain that payments are sometimes up to a month late.",
                "tr": "İşleme şirketleri Areni türü üzümün kilogramına ortalama 280 dram (yaklaşık 0,7 dolar) ödüyor. Diğer türlerin fiyatı 180 ile 230 dram arasında değişiyor.\n\nÇiftçilerin çoğu parasını iki hafta içinde alıyor. Bazı üreticiler ise ödemelerin zaman zaman bir aya kadar geciktiğinden yakınıyor.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Փոքր տնտեսությունների խնդիրները",
                "ru": "Проблемы небольших хозяйств",
                "en": "Small farms' problems",
                "tr": "Küçük üreticilerin sorunları",
            },
            "body": {
                "hy": "Արենիի բնակիչ Սամվել Գրիգորյանն ունի մեկ հեկտար խաղողի այգի։ Նրա խոսքով՝ այս տարի բերքը լավ էր, բայց աշխատողներ գտնելը դժվար էր։\n\nՓոքր տնտեսությունների հիմնական խնդիրներն են․\n\n- սեզոնային աշխատողների պակասը\n- տրանսպորտային բարձր ծախսերը\n- սառնարանային պահեստների բացակայությունը",
                "ru": "Житель Арени Самвел Григорян владеет гектаром виноградника. По его словам, урожай в этом году выдался хорошим, но найти работников было трудно.\n\nГлавные проблемы небольших хозяйств:\n\n- нехватка сезонных работников\n- высокие транспортные расходы\n- отсутствие холодильных складов",
                "en": "Samvel Grigoryan, who has a one-hectare vineyard in Areni, said the harvest was good this year but workers were hard to find.\n\nThe main problems for small farms are:\n\n- a shortage of seasonal workers\n- high transport costs\n- a lack of cold storage",
                "tr": "Areni'de bir hektarlık bağı olan Samvel Grigoryan, bu yıl ürünün iyi olduğunu ancak işçi bulmakta zorlandıklarını söyledi.\n\nKüçük üreticilerin başlıca sorunları şunlar:\n\n- mevsimlik işçi sıkıntısı\n- yüksek nakliye masrafları\n- soğuk hava deposu eksikliği",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Աջակցության ծրագիր",
                "ru": "Программа поддержки",
                "en": "Support scheme",
                "tr": "Destek programı",
            },
            "body": {
                "hy": "Հաջորդ տարի մարզպետարանը նախատեսում է փոքր տնտեսություններին աջակցել սառնարանային խցերի ձեռքբերման հարցում։ Ծրագրին կարող են դիմել մինչև երեք հեկտար այգի ունեցող ֆերմերները։\n\nԴիմումների ընդունման ժամկետները կհրապարակվեն դեկտեմբերին։",
                "ru": "В следующем году областная администрация планирует помочь небольшим хозяйствам с приобретением холодильных камер. Подать заявку смогут фермеры, у которых не более трёх гектаров виноградника.\n\nСроки приёма заявок объявят в декабре.",
                "en": "Next year the provincial administration plans to help small farms buy cold rooms. Farmers with up to three hectares of vineyards will be able to apply.\n\nThe application dates will be announced in December.",
                "tr": "Bölge valiliği gelecek yıl küçük üreticilere soğuk oda alımında destek vermeyi planlıyor. Programa en fazla üç hektar bağı olan çiftçiler başvurabilecek.\n\nBaşvuru tarihleri aralık ayında açıklanacak.",
            },
        },
    ],
}
