ARTICLE = {
    "key": "yerevan-heating-season",
    "source": "hy",
    "published": {"hy": "2026-10-20T11:00", "ru": "2026-10-20T14:00", "en": "2026-10-20T17:30", "tr": "2026-10-21T10:00"},
    "cover": {
        "scene": "apartment_blocks",
        "focal": (60, 40),
        "alt": {
            "hy": "Բազմաբնակարան շենքեր մթնշաղին՝ շատ լուսավորված պատուհաններով, իսկ կաթսայատան ծխնելույզից գոլորշի է բարձրանում։",
            "ru": "Многоквартирные дома в сумерках, во многих окнах горит свет, из трубы котельной поднимается пар.",
            "en": "Apartment blocks at dusk, with many windows lit and steam rising from a boiler-house chimney.",
            "tr": "Alacakaranlıkta pencerelerinin çoğu aydınlık apartmanlar; bir kazan dairesinin bacasından buhar yükseliyor.",
        },
        "caption": {
            "hy": "Ջեռուցումը կմիացվի ըստ քաղաքապետարանի ժամանակացույցի։ Նկարազարդում։",
            "ru": "Отопление будут включать по графику мэрии. Иллюстрация.",
            "en": "Heating will be switched on according to city hall's schedule. Illustration.",
            "tr": "Isıtma belediyenin takvimine göre başlayacak. Temsilî çizim.",
        },
        "credit": {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"},
    },
    "title": {
        "hy": "Երևանի քաղաքապետարանը հրապարակել է ջեռուցման սեզոնի ժամանակացույցը",
        "ru": "Мэрия Еревана объявила график отопительного сезона",
        "en": "Yerevan sets heating schedule for kindergartens, schools and libraries",
        "tr": "Erivan Belediyesi ısıtma sezonunun takvimini açıkladı",
    },
    "lead": {
        "hy": "Առաջինը՝ հոկտեմբերի 26-ից, ջեռուցում կստանան մանկապարտեզները։ Դպրոցներում և մշակութային հաստատություններում ջեռուցումը կմիացվի նոյեմբերի սկզբին։",
        "ru": "Первыми, с 26 октября, тепло получат детские сады. В школах и учреждениях культуры отопление включат в начале ноября.",
        "en": "Kindergartens in Yerevan will be the first to get heating, from 26 October, under a schedule published by city hall. Schools and cultural institutions will follow in early November.",
        "tr": "Erivan Belediyesinin açıkladığı takvime göre ısıtma ilk olarak 26 Ekim'de anaokullarında başlayacak. Okullarda ve kültür kurumlarında kaloriferler kasım başında yanacak.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"hy": "", "ru": "", "en": "", "tr": ""},
            "body": {
                "hy": "Ժամանակացույցը կազմվել է եղանակի կանխատեսման հիման վրա։ Եթե օդի միջին օրական ջերմաստիճանը հինգ օր անընդմեջ 8 աստիճանից ցածր լինի, ջեռուցումը կարող է միացվել ավելի վաղ։\n\nԺամանակացույցը վերաբերում է քաղաքապետարանի ենթակայության հաստատություններին և ընդհանուր ջեռուցման համակարգ ունեցող բազմաբնակարան շենքերին։ Այդ շենքերում ջեռուցումը կմիացվի փուլ առ փուլ՝ ըստ կառավարման մարմինների հայտերի։ Երևանյան բնակարանների մեծ մասը ջեռուցվում է անհատական գազային կաթսաներով։",
                "ru": "График составлен с учётом прогноза погоды. Если среднесуточная температура пять дней подряд будет ниже 8 градусов, отопление могут включить раньше.\n\nГрафик касается учреждений, подведомственных мэрии, и многоквартирных домов с общедомовой системой отопления. В таких домах тепло будут подавать поэтапно, по заявкам управляющих организаций. Большинство ереванских квартир отапливаются индивидуальными газовыми котлами.",
                "en": "The schedule is based on the weather forecast. If the average daily temperature stays below 8\u00a0°C for five days in a row, the heating may be switched on earlier.\n\nIt covers institutions run by the city and apartment blocks with a shared heating system, where the heating will be switched on in stages as building management bodies apply. Most flats in Yerevan are heated by their own gas boilers.",
                "tr": "Takvim hava tahminlerine göre hazırlandı. Günlük ortalama sıcaklık beş gün üst üste 8 derecenin altında kalırsa ısıtma daha erken başlatılabilecek.\n\nTakvim, belediyeye bağlı kurumları ve merkezî ısıtma sistemi olan apartmanları kapsıyor. Bu apartmanlarda ısıtma, bina yönetimlerinin başvurularına göre aşama aşama açılacak. Erivan'daki konutların çoğu ise kombiyle ısınıyor.",
            },
        },
        {
            "level": 2,
            "heading": {"hy": "Ժամանակացույցը", "ru": "График", "en": "The schedule", "tr": "Takvim"},
            "body": {
                "hy": "Ջեռուցումը կմիացվի հետևյալ հերթականությամբ․\n\n- մանկապարտեզներ՝ հոկտեմբերի 26-ից\n- դպրոցներ և արվեստի դպրոցներ՝ նոյեմբերի 1-ից\n- գրադարաններ և մշակույթի տներ՝ նոյեմբերի 3-ից\n- վարչական շենքեր՝ նոյեմբերի 10-ից\n\nԱնհրաժեշտության դեպքում ժամկետները կարող են փոփոխվել՝ կախված եղանակից։",
                "ru": "Отопление будут включать в таком порядке:\n\n- детские сады — с 26 октября\n- общеобразовательные и художественные школы — с 1 ноября\n- библиотеки и дома культуры — с 3 ноября\n- административные здания — с 10 ноября\n\nВ зависимости от погоды сроки могут сдвинуться.",
                "en": "Heating will be switched on in this order:\n\n- kindergartens, from 26 October\n- schools and art schools, from 1 November\n- libraries and cultural centres, from 3 November\n- administrative buildings, from 10 November\n\nThe dates may change depending on the weather.",
                "tr": "Isıtma şu sırayla başlayacak:\n\n- anaokulları: 26 Ekim\n- okullar ve sanat okulları: 1 Kasım\n- kütüphaneler ve kültür evleri: 3 Kasım\n- idari binalar: 10 Kasım\n\nTarihler hava koşullarına göre değişebilir.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Ինչ անել, եթե բնակարանում ցուրտ է",
                "ru": "Что делать, если в квартире холодно",
                "en": "What to do if your flat is cold",
                "tr": "Eviniz ısınmıyorsa",
            },
            "body": {
                "hy": "Ընդհանուր ջեռուցմամբ շենքերի բնակիչներին քաղաքապետարանը խորհուրդ է տալիս նախ դիմել իրենց շենքի կառավարման մարմնին։ Եթե խնդիրը երեք օրվա ընթացքում չի լուծվում, կարելի է զանգահարել քաղաքապետարանի թեժ գծին։",
                "ru": "Жителям домов с общедомовым отоплением мэрия советует сначала обратиться в управляющую организацию своего дома. Если проблему не решат в течение трёх дней, можно позвонить на горячую линию мэрии.",
                "en": "City hall advises residents of buildings with shared heating to contact their building's management body first. If the problem is not fixed within three days, they can call the city hall hotline.",
                "tr": "Belediye, merkezî ısıtmalı apartmanlarda oturanların önce bina yönetimine başvurmasını öneriyor. Sorun üç gün içinde çözülmezse belediyenin çağrı merkezi aranabilir.",
            },
        },
        {
            "level": 3,
            "heading": {
                "hy": "Ինչպես նախապատրաստել բնակարանը",
                "ru": "Как подготовить квартиру",
                "en": "Getting your flat ready",
                "tr": "Evinizi kışa nasıl hazırlarsınız?",
            },
            "body": {
                "hy": "Մասնագետները խորհուրդ են տալիս նախապես ստուգել ռադիատորները և դրանցից բաց թողնել կուտակված օդը։ Պատուհանների ճեղքերը կարելի է փակել ջերմամեկուսիչ ժապավենով։\n\n**Կարևոր է**՝ ռադիատորները չի կարելի ծածկել կահույքով կամ ծանր վարագույրներով, քանի որ դա նվազեցնում է ջերմատվությունը։",
                "ru": "Специалисты советуют заранее проверить радиаторы и спустить из них скопившийся воздух. Щели в окнах можно заклеить утеплительной лентой.\n\n**Важно**: радиаторы нельзя загораживать мебелью или плотными шторами — от этого они хуже отдают тепло.",
                "en": "Specialists advise checking radiators in advance and bleeding any trapped air. Gaps around windows can be sealed with draught-proofing tape.\n\n**Important:** do not block radiators with furniture or heavy curtains, as this reduces the heat they give off.",
                "tr": "Uzmanlar, peteklerin önceden kontrol edilmesini ve içlerinde biriken havanın alınmasını öneriyor. Pencerelerdeki aralıklar yalıtım bandıyla kapatılabilir.\n\n**Önemli:** Peteklerin önü mobilyayla ya da kalın perdelerle kapatılmamalı, aksi hâlde petekler daha az ısı veriyor.",
            },
        },
        {
            "level": 2,
            "heading": {
                "hy": "Սակագները և վճարումները",
                "ru": "Тарифы и оплата",
                "en": "Rates and payment",
                "tr": "Tarifeler ve ödeme",
            },
            "body": {
                "hy": "Ընդհանուր ջեռուցման սակագներն այս սեզոնում չեն փոխվել։ Վճարումները կարելի է կատարել առցանց կամ փոստային բաժանմունքներում։\n\nԼրացուցիչ տեղեկություններ կարելի է գտնել [քաղաքապետարանի կայքում](https://example.am/heating)։",
                "ru": "Тарифы на общедомовое отопление в этом сезоне не изменились. Оплатить счета можно онлайн или в почтовых отделениях.\n\nПодробности — на [сайте мэрии](https://example.am/heating).",
                "en": "Rates for shared heating are unchanged this season. Bills can be paid online or at post offices.\n\nMore information is available on the [city hall website](https://example.am/heating).",
                "tr": "Merkezî ısıtma tarifeleri bu sezon değişmedi. Faturalar internetten ya da postanelerden ödenebiliyor.\n\nAyrıntılı bilgi [belediyenin internet sitesinde](https://example.am/heating) yer alıyor.",
            },
        },
    ],
}
