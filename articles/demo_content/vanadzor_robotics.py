ARTICLE = {
    "key": "vanadzor-school-robotics",
    "source": "hy",
    "published": {"hy": "2026-11-09T12:00", "ru": "2026-11-09T16:00", "en": "2026-11-10T09:30", "tr": "2026-11-10T12:00"},
    "cover": {
        "scene": "trophy",
        "focal": (50, 55),
        "alt": {
            "hy": "Ոսկեգույն գավաթ դասասենյակի սեղանին՝ գրատախտակի առջև, որի վրա կավճով ատամնանիվ է նկարված։",
            "ru": "Золотистый кубок на столе в классе, за ним — доска с нарисованной мелом шестерёнкой.",
            "en": "A gold cup on a classroom table in front of a blackboard with a gear drawn in chalk.",
            "tr": "Bir sınıfta masanın üzerinde altın renkli bir kupa; arkasında tebeşirle dişli çark çizilmiş bir kara tahta.",
        },
        "caption": {
            "hy": "Հանրապետական մրցույթի գավաթը մեկնում է Վանաձոր։ Նկարազարդում։",
            "ru": "Кубок республиканского конкурса едет в Ванадзор. Иллюстрация.",
            "en": "The national contest's cup goes to Vanadzor. Illustration.",
            "tr": "Ulusal yarışmanın kupası Vanadzor'a gidiyor. Temsilî çizim.",
        },
        "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
    },
    "title": {
        "hy": "Վանաձորցի աշակերտները հաղթել են դպրոցական ռոբոտաշինության հանրապետական մրցույթում",
        "ru": "Школьники из Ванадзора победили на республиканском конкурсе по робототехнике",
        "en": "Vanadzor pupils win the national school robotics contest",
        "tr": "Ermenistan'daki okullar arası robotik yarışmasını Vanadzorlu öğrenciler kazandı",
    },
    "lead": {
        "hy": "Վանաձորի թիվ 7 դպրոցի թիմն առաջին տեղը զբաղեցրեց Երևանում անցկացված դպրոցական ռոբոտաշինության հանրապետական մրցույթում։ Նրանց ռոբոտը պլաստիկ թափոնները տեսակավորում է ըստ գույնի։",
        "ru": "Команда ванадзорской школы №\u00a07 заняла первое место на республиканском конкурсе школьной робототехники в Ереване. Её робот сортирует пластиковые отходы по цвету.",
        "en": "A team from School No. 7 in Vanadzor, in northern Armenia, took first place at the national school robotics contest in Yerevan. Their robot sorts plastic waste by colour.",
        "tr": "Ermenistan'ın kuzeyindeki Vanadzor kentinden 7 Numaralı Okulun takımı, başkent Erivan'da düzenlenen ulusal okullar arası robotik yarışmasında birinci oldu. Takımın robotu plastik atıkları renklerine göre ayırıyor.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
            "body": {
                "hy": "Այս տարվա մրցույթին Հայաստանի բոլոր մարզերից մասնակցել է 32 թիմ։ Այն անցկացվել է երկու օր՝ Երևանի համալսարաններից մեկի մարզադահլիճում։\n\nՅուրաքանչյուր թիմ պետք է ստեղծեր ռոբոտ, որը լուծում է իր քաղաքի կամ գյուղի որևէ գործնական խնդիր։ Ժյուրին գնահատում էր ոչ միայն կառուցվածքը, այլև այն, թե որքան լավ են աշակերտները ներկայացրել իրենց գաղափարը։",
                "ru": "В этом году в конкурсе участвовали 32 команды из всех областей Армении. Он проходил два дня в спортзале одного из ереванских вузов.\n\nКаждая команда должна была построить робота, который решает практическую задачу её города или села. Жюри оценивало не только конструкцию, но и то, насколько убедительно школьники представили свою идею.",
                "en": "Thirty-two teams from every province of Armenia took part in this year's contest, held over two days in the sports hall of a Yerevan university.\n\nEach team had to build a robot that solves a practical problem in its town or village. The jury judged not only the design but also how well the pupils presented their idea.",
                "tr": "Bu yılki yarışmaya Ermenistan'ın tüm bölgelerinden 32 takım katıldı. İki gün süren yarışma, Erivan'daki üniversitelerden birinin spor salonunda yapıldı.\n\nHer takımdan, kendi kentinin ya da köyünün gündelik bir sorununu çözen bir robot yapması istendi. Jüri yalnızca robotların tasarımını değil, öğrencilerin fikirlerini ne kadar iyi anlattığını da değerlendirdi.",
            },
        },
        {
            "photo": {
                "scene": "robot",
                "alt": {
                    "hy": "Անիվներով փոքրիկ կապույտ ռոբոտ սեղանին՝ առջևում երկու կլոր սենսորով և մոխրագույն բռնիչ թևով։",
                    "ru": "Небольшой синий робот на колёсах с двумя круглыми датчиками спереди и серой рукой-захватом на столе.",
                    "en": "A small blue robot on wheels, with two round sensors at the front and a grey gripper arm, on a table.",
                    "tr": "Masanın üzerinde, önünde iki yuvarlak sensör ve gri bir tutucu kolu olan tekerlekli küçük mavi bir robot.",
                },
                "caption": {
                    "hy": "«Սորտիկը» տեսախցիկով ճանաչում է շշերն ու կափարիչները և դրանք տեղափոխում առանձին տարաների մեջ։ Նկարազարդում։",
                    "ru": "«Сортик» распознаёт бутылки и крышки с помощью камеры и раскладывает их по разным контейнерам. Иллюстрация.",
                    "en": "Sortik recognises bottles and caps with its camera and moves them into separate containers. Illustration.",
                    "tr": "Sortik, kamerasıyla şişeleri ve kapakları tanıyıp ayrı kaplara taşıyor. Temsilî çizim.",
                },
            },
            "level": 2,
            "heading": {
                "hy": "Հաղթող ռոբոտը",
                "ru": "Робот-победитель",
                "en": "The winning robot",
                "tr": "Birinci olan robot",
            },
            "body": {
                "hy": "Վանաձորի թիմի ռոբոտը, որին անվանել են *Սորտիկ*, տեսախցիկի միջոցով ճանաչում է տարբեր գույների շշեր և կափարիչներ։ Այնուհետև ռոբոտը դրանք տեղափոխում է առանձին տարաների մեջ։\n\nԹիմը բաղկացած է իններորդ դասարանի չորս աշակերտից և նրանց ինֆորմատիկայի ուսուցիչ Արսեն Բարսեղյանից։ «Ռոբոտը փորձարկել ենք մեր դպրոցի բակի աղբով»,— ասաց թիմի ավագ, 15-ամյա Լիլիթ Հարությունյանը։",
                "ru": "Робот ванадзорской команды, которого назвали *Сортик*, с помощью камеры распознаёт бутылки и крышки разных цветов и раскладывает их по отдельным контейнерам.\n\nВ команде четверо девятиклассников и их учитель информатики Арсен Барсегян. «Робота мы испытывали на мусоре с нашего школьного двора», — рассказала капитан команды 15-летняя Лилит Арутюнян.",
                "en": "The Vanadzor team's robot, nicknamed *Sortik*, uses a camera to recognise bottles and caps of different colours and moves them into separate containers.\n\nThe team is made up of four ninth-graders and their computer science teacher, Arsen Barseghyan. “We tested the robot on rubbish from our own schoolyard,” said team captain Lilit Harutyunyan, 15.",
                "tr": "Vanadzor takımının *Sortik* adını verdiği robot, farklı renklerdeki şişe ve kapakları kamerasıyla tanıyor, ardından bunları ayrı kaplara taşıyor.\n\nTakımda dört dokuzuncu sınıf öğrencisi ve bilişim öğretmenleri Arsen Barseğyan yer alıyor. Takım kaptanı 15 yaşındaki Lilit Harutyunyan, “Robotu okulumuzun bahçesinden topladığımız çöplerle denedik” dedi.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Մյուս մրցանակակիրները",
                "ru": "Другие призёры",
                "en": "Other prize-winners",
                "tr": "Diğer dereceler",
            },
            "body": {
                "hy": "Երկրորդ և երրորդ տեղերը զբաղեցրին Գորիսի և Գավառի թիմերը։ Ժյուրին շնորհեց նաև հատուկ մրցանակներ․\n\n- լավագույն ինժեներական լուծման համար՝ Իջևանի թիմին\n- լավագույն ներկայացման համար՝ Երևանի թիմին\n- որպես ամենաերիտասարդ թիմ՝ Աշտարակի հինգերորդ դասարանցիներին",
                "ru": "Второе и третье места заняли команды из Гориса и Гавара. Жюри также вручило специальные призы:\n\n- за лучшее инженерное решение — команде из Иджевана\n- за лучшую презентацию — команде из Еревана\n- как самой юной команде — пятиклассникам из Аштарака",
                "en": "Teams from Goris and Gavar came second and third. The jury also gave special awards:\n\n- for the best engineering solution, to a team from Ijevan\n- for the best presentation, to a team from Yerevan\n- as the youngest team, to fifth-graders from Ashtarak",
                "tr": "İkinciliği Goris, üçüncülüğü Gavar takımı aldı. Jüri ayrıca özel ödüller verdi:\n\n- en iyi mühendislik çözümü ödülü İcevan takımına\n- en iyi sunum ödülü Erivan takımına\n- en genç takım ödülü Aştarak'tan beşinci sınıf öğrencilerine",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Առջևում՝ միջազգային փառատոն",
                "ru": "Впереди — международный фестиваль",
                "en": "Next up: an international festival",
                "tr": "Sırada uluslararası festival var",
            },
            "body": {
                "hy": "Հաջորդ գարնանը հաղթողները Հայաստանը կներկայացնեն դպրոցական ռոբոտաշինության միջազգային փառատոնում։ Մինչ այդ թիմը նախատեսում է ռոբոտն ավելի արագ դարձնել և սովորեցնել նրան ճանաչել նաև ապակին։\n\nԿազմակերպիչների խոսքով՝ հաջորդ տարվա հանրապետական մրցույթի հայտերի ընդունումը կմեկնարկի փետրվարին։ Կանոնները և ժամկետները կհրապարակվեն [մրցույթի կայքում](https://example.am/robotics)։",
                "ru": "Следующей весной победители представят Армению на международном фестивале школьной робототехники. До этого команда хочет сделать робота быстрее и научить его распознавать ещё и стекло.\n\nПо словам организаторов, приём заявок на республиканский конкурс следующего года откроется в феврале. Правила и сроки опубликуют на [сайте конкурса](https://example.am/robotics).",
                "en": "Next spring the winners will represent Armenia at an international school robotics festival. Before then, the team plans to make the robot faster and teach it to recognise glass as well.\n\nApplications for next year's national contest will open in February, the organisers said. The rules and deadlines will be posted on the [contest website](https://example.am/robotics).",
                "tr": "Kazanan takım gelecek bahar uluslararası bir okul robotiği festivalinde Ermenistan'ı temsil edecek. Öğrenciler o zamana kadar robotu hızlandırmayı ve ona camı da tanımayı öğretmeyi planlıyor.\n\nOrganizatörlerin açıklamasına göre gelecek yılki ulusal yarışmanın başvuruları şubatta başlayacak. Kurallar ve tarihler [yarışmanın internet sitesinde](https://example.am/robotics) yayımlanacak.",
            },
        },
    ],
}
