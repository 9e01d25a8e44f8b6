ARTICLE = {
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
        "en": "Lake Sevan, Armenia's largest lake, stood 11 centimetres higher on 1 November than a year earlier, according to the regional monitoring centre. Specialists link the rise to a snowy winter and to lower water withdrawal in summer.",
        "hy": "Տարածքային մոնիթորինգի կենտրոնի տվյալներով՝ նոյեմբերի 1-ին Սևանա լճի մակարդակը 11 սանտիմետրով բարձր էր, քան մեկ տարի առաջ։ Մասնագետներն աճը կապում են ձյունառատ ձմռան և ամռանը ջրառի կրճատման հետ։",
        "ru": "По данным регионального центра мониторинга, 1 ноября уровень озера Севан был на 11 сантиметров выше, чем годом ранее. Специалисты связывают подъём воды с многоснежной зимой и сокращением водозабора летом.",
        "tr": "Ermenistan'ın en büyük gölü Sevan'ın seviyesi, bölgesel izleme merkezinin verilerine göre 1 Kasım'da bir yıl öncekinden 11 santimetre yüksekti. Uzmanlar bu artışı karlı geçen kışa ve yaz aylarında azalan su çekimine bağlıyor.",
    },
    "sections": [
        {
            "level": 2,
            "heading": {"en": "", "hy": "", "ru": "", "tr": ""},
            "body": {
                "en": "Measurements are taken every ten days at four points around the lake. The November figures were published on Tuesday together with a short review of the year.\n\nThe centre notes that the lake is still below the target level set in the long-term programme. The gap, however, has narrowed for the second year in a row.",
                "hy": "Չափումներն իրականացվում են տասն օրը մեկ՝ լճի շուրջ չորս կետում։ Նոյեմբերյան տվյալները հրապարակվել են այսօր՝ տարվա համառոտ ամփոփման հետ միասին։\n\nԿենտրոնը նշում է, որ լճի մակարդակը դեռևս ցածր է երկարաժամկետ ծրագրով սահմանված նպատակային նիշից։ Սակայն տարբերությունը երկրորդ տարին անընդմեջ նվազում է։",
                "ru": "Замеры проводятся каждые десять дней в четырёх точках вокруг озера. Ноябрьские данные опубликованы сегодня вместе с кратким обзором за год.\n\nВ центре отмечают, что уровень озера всё ещё ниже целевой отметки, установленной долгосрочной программой. Однако разница сокращается уже второй год подряд.",
                "tr": "Ölçümler gölün çevresindeki dört noktada on günde bir yapılıyor. Kasım verileri, yıla ilişkin kısa bir değerlendirmeyle birlikte dün yayımlandı.\n\nMerkez, göl seviyesinin uzun vadeli programda belirlenen hedefin hâlâ altında olduğunu belirtiyor. Ancak aradaki fark üst üste ikinci yıl da azaldı.",
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
                "en": "According to the review:\n\n- the level rose by 11 centimetres over twelve months\n- the surface water temperature was 9.4\u00a0°C at the end of October\n- the number of days with algal bloom fell from 34 to 21\n\nThe full data set is available on the [centre's website](https://example.am/sevan/monitoring).",
                "hy": "Ամփոփման համաձայն՝\n\n- տասներկու ամսում մակարդակը բարձրացել է 11 սանտիմետրով\n- հոկտեմբերի վերջին մակերևութային ջրի ջերմաստիճանը 9,4\u00a0°C էր\n- ջրիմուռների ծաղկման օրերի թիվը 34-ից նվազել է 21-ի\n\nԱմբողջական տվյալները հասանելի են [կենտրոնի կայքում](https://example.am/sevan/monitoring)։",
                "ru": "Согласно обзору:\n\n- за двенадцать месяцев уровень поднялся на 11 сантиметров\n- в конце октября температура воды у поверхности составляла 9,4\u00a0°C\n- число дней с цветением водорослей сократилось с 34 до 21\n\nПолные данные опубликованы на [сайте центра](https://example.am/sevan/monitoring).",
                "tr": "Değerlendirmeye göre:\n\n- göl seviyesi on iki ayda 11 santimetre yükseldi\n- ekim sonunda yüzey suyunun sıcaklığı 9,4\u00a0°C idi\n- alg patlaması görülen gün sayısı 34'ten 21'e düştü\n\nVerilerin tamamı [merkezin internet sitesinde](https://example.am/sevan/monitoring) bulunuyor.",
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
                "hy": "Անցած ձմռանն ավազանում ձյան ծածկույթը սովորականից մոտ երկու շաբաթ ավելի երկար պահպանվեց։ Արդյունքում լիճը սնող գետերն ապրիլին և մայիսին ավելի շատ ջուր բերեցին։",
                "ru": "Прошлой зимой снежный покров в бассейне продержался примерно на две недели дольше обычного. В результате реки, питающие озеро, в апреле и мае принесли больше воды.",
                "tr": "Geçen kış havzadaki kar örtüsü normalden yaklaşık iki hafta daha uzun süre kaldı. Bu nedenle göle dökülen nehirler nisan ve mayıs aylarında daha fazla su taşıdı.",
            },
        },
        {
            "level": 3,
            "heading": {
                "en": "Less water taken",
                "hy": "Ջրառի կրճատումը",
                "ru": "Сокращение водозабора",
                "tr": "Daha az su çekimi",
            },
            "body": {
                "en": "Over the summer, less water was drawn from the lake for irrigation. Farms in the Ararat Valley received part of their water from reservoirs and wells instead.",
                "hy": "Ամռանը ոռոգման նպատակով լճից ավելի քիչ ջուր է վերցվել։ Փոխարենը Արարատյան դաշտի տնտեսությունները ջրի մի մասը ստացել են ջրամբարներից և խորքային հորերից։",
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
                "hy": "Հաջորդ տարի կենտրոնը նախատեսում է հարավային ափին տեղադրել ևս երկու ավտոմատ չափիչ կայան։ Դրանց տվյալները կհրապարակվեն առցանց՝ իրական ժամանակում։\n\nՁկնորսներին և ափամերձ գյուղերի բնակիչներին խնդրում են կենտրոնի թեժ գծով հայտնել ջրի անսովոր փոփոխությունների մասին, օրինակ՝ ջրիմուռների ծաղկման կամ ուժեղ հոտի։",
                "ru": "В следующем году центр планирует установить на южном берегу ещё две автоматические измерительные станции. Их данные будут публиковаться в интернете в режиме реального времени.\n\nРыбаков и жителей прибрежных сёл просят сообщать о необычных изменениях в состоянии воды, например о цветении водорослей или сильном запахе, по горячей линии центра.",
                "tr": "Merkez, gelecek yıl güney kıyısına iki otomatik ölçüm istasyonu daha kurmayı planlıyor. Bu istasyonların verileri internette anlık olarak yayımlanacak.\n\nBalıkçılardan ve göl kıyısındaki köylerin sakinlerinden, alg patlaması ya da keskin bir koku gibi olağan dışı değişiklikleri merkezin yardım hattına bildirmeleri isteniyor.",
            },
        },
    ],
}
