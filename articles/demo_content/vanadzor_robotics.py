ARTICLE = {
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
}
