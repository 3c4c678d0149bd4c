using Boilerplate.Text;

namespace Boilerplate.Filters.Navigation;

/// <summary>
/// Boilerplate phrases in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Arabic,
/// Chinese and Japanese. Phrases are matched as whole lower-cased words (each Han or kana character is a word).
/// General vocabulary of page furniture only: nothing here names a site or comes from one page.
/// </summary>
internal static class NavigationLexicon
{
    public static readonly (LexiconCategory Category, string[] Phrases)[] Entries =
    [
        (LexiconCategory.Copyright,
        [
            "copyright", "all rights reserved", "some rights reserved", "rights reserved",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati",
            "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены", "جميع الحقوق محفوظة",
            "حقوق النشر", "版权所有", "版權所有", "著作権", "無断転載", "無断複製",
        ]),
        (LexiconCategory.Credits,
        [
            "maintained and developed by", "powered by", "designed by", "developed by", "site by", "website by",
            "hosted by", "theme by", "proudly powered by", "betrieben von", "propulsé par", "desarrollado por",
        ]),
        (LexiconCategory.Legal,
        [
            "terms of use", "terms of service", "terms and conditions", "terms & conditions", "privacy policy", "privacy notice",
            "cookie policy", "cookie settings", "cookies policy", "use of cookies", "we use cookies", "this site uses cookies",
            "this website uses cookies", "accept cookies", "accept all cookies", "do not sell my personal information",
            "your privacy choices", "ad choices", "adchoices", "legal notice", "disclaimer", "accessibility statement",
            "i agree with the terms", "i agree to the terms", "i agree",
            "datenschutz", "datenschutzerklärung", "impressum", "nutzungsbedingungen", "agb",
            "mentions légales", "politique de confidentialité", "conditions d'utilisation", "conditions générales",
            "aviso legal", "política de privacidad", "política de cookies", "términos y condiciones", "condiciones de uso",
            "note legali", "informativa sulla privacy", "termini e condizioni", "termini di utilizzo",
            "política de privacidade", "termos de uso", "termos e condições",
            "privacybeleid", "algemene voorwaarden", "gebruiksvoorwaarden",
            "политика конфиденциальности", "пользовательское соглашение", "условия использования",
            "سياسة الخصوصية", "شروط الاستخدام", "الشروط والأحكام",
            "隐私政策", "使用条款", "用户协议", "免责声明", "隱私權政策", "プライバシーポリシー", "利用規約", "免責事項",
        ]),
        (LexiconCategory.Form,
        [
            "name", "your name", "e mail", "email", "email address", "your email", "e mail address", "website", "url",
            "comment", "comments", "comment title", "your comment", "message", "subject", "password", "username", "user name",
            "captcha", "security code", "verification code", "characters left", "characters remaining", "mandatory", "required",
            "required fields are marked", "your email address will not be published", "leave a reply", "leave a comment",
            "post comment", "add comment", "add a comment", "submit", "send", "cancel reply", "notify me of new posts",
            "notify me of new posts by email", "notify me of follow up comments", "notify me of follow up comments by email", "save my name", "remember me", "forgot password", "forgot your password",
            "name", "vorname", "nachname", "kommentar", "kommentare", "passwort", "absenden", "pflichtfeld",
            "nom", "prénom", "commentaire", "commentaires", "mot de passe", "envoyer", "laisser un commentaire",
            "nombre", "correo", "correo electrónico", "comentario", "comentarios", "contraseña", "enviar", "deja un comentario",
            "nome", "commento", "commenti", "invia", "lascia un commento", "senha", "comentar", "deixe um comentário",
            "naam", "reactie", "reacties", "wachtwoord", "verzenden", "laat een reactie achter",
            "имя", "комментарий", "комментарии", "пароль", "отправить", "оставить комментарий",
            "الاسم", "البريد الإلكتروني", "التعليق", "تعليق", "إرسال", "كلمة المرور",
            "评论", "发表评论", "密码", "提交", "コメント", "パスワード", "送信",
        ]),
        (LexiconCategory.Social,
        [
            "facebook", "twitter", "x com", "rss", "rss feed", "youtube", "instagram", "linkedin", "pinterest", "whatsapp",
            "telegram", "reddit", "tumblr", "flipboard", "vk", "vkontakte", "weibo", "wechat", "tiktok", "snapchat", "line",
            "google", "digg", "stumbleupon", "delicious", "mastodon", "threads", "bluesky", "messenger", "viber", "ok", "odnoklassniki",
            "share", "shares", "share this", "share on", "share this article", "share this story", "tweet", "pin it", "print",
            "email this", "e mail this", "send to a friend", "follow us", "follow us on", "like us on", "connect with us",
            "teilen", "partager", "compartir", "condividi", "compartilhar", "delen", "поделиться", "مشاركة", "شارك",
            "分享", "转发", "シェア", "ツイート",
        ]),
        (LexiconCategory.CallToAction,
        [
            "read more", "read the full story", "continue reading", "more", "see more", "view more", "load more", "show more",
            "click here", "learn more", "subscribe", "subscribe now", "subscribe to our newsletter", "newsletter", "sign up",
            "sign in", "log in", "login", "log out", "register", "create an account", "my account", "download the app",
            "get the app", "advertisement", "advertisements", "advertising", "sponsored", "sponsored content", "promoted",
            "related", "related articles", "related posts", "related stories", "related news", "you may also like",
            "you might also like", "recommended", "recommended for you", "most popular", "most read", "most viewed", "trending",
            "trending now", "popular posts", "recent posts", "latest news", "top stories", "more stories", "more from",
            "back to top", "skip to content", "skip to main content", "jump to", "next article", "previous article",
            "next post", "previous post", "older posts", "newer posts", "view comments", "show comments", "reply", "quote",
            "report", "report abuse", "permalink", "tags", "tagged", "categories", "filed under", "posted in", "topics",
            "weiterlesen", "mehr lesen", "mehr", "abonnieren", "anmelden", "registrieren", "anzeige", "werbung", "zum artikel",
            "lire la suite", "en savoir plus", "s abonner", "abonnez vous", "se connecter", "publicité", "à lire aussi", "lire aussi",
            "leer más", "seguir leyendo", "suscríbete", "suscribirse", "iniciar sesión", "publicidad", "te puede interesar",
            "leggi tutto", "leggi anche", "continua a leggere", "iscriviti", "accedi", "pubblicità",
            "leia mais", "leia também", "saiba mais", "assine", "inscreva se", "entrar", "publicidade",
            "lees meer", "lees ook", "abonneren", "inloggen", "advertentie",
            "читать далее", "читать также", "подробнее", "подписаться", "войти", "реклама", "читайте также",
            "اقرأ المزيد", "اقرأ أيضا", "اشترك", "تسجيل الدخول", "إعلان", "المزيد",
            "阅读更多", "阅读全文", "查看更多", "订阅", "登录", "注册", "广告", "相关文章", "閱讀更多", "續きを読む",
            "続きを読む", "もっと見る", "購読", "ログイン", "広告", "関連記事",
        ]),
        (LexiconCategory.Menu,
        [
            "home", "homepage", "home page", "about", "about us", "contact", "contact us", "search", "menu", "main menu",
            "navigation", "sitemap", "site map", "faq", "help", "support", "careers", "jobs", "press", "archive", "archives",
            "blog", "news", "sections", "toggle navigation",
            "startseite", "suche", "kontakt", "über uns", "accueil", "recherche", "à propos", "inicio", "buscar", "contacto",
            "quiénes somos", "cerca", "chi siamo", "contatti", "início", "pesquisar", "contato", "sobre nós", "zoeken",
            "over ons", "главная", "поиск", "контакты", "о нас", "الرئيسية", "بحث", "اتصل بنا", "من نحن",
            "首页", "搜索", "联系我们", "关于我们", "ホーム", "検索", "お問い合わせ",
        ]),
        (LexiconCategory.Date,
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "yesterday", "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks",
            "updated", "last updated", "published", "posted", "modified", "last modified", "date", "time", "on", "at", "by", "of",
            "am", "pm", "a m", "p m", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
            "ist", "jst", "msk", "aest", "et", "pt",
            "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "aktualisiert", "veröffentlicht", "am", "um", "uhr", "von",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mis à jour", "publié", "le", "à", "par",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
            "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "actualizado", "publicado",
            "de", "del", "el", "por", "hace",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "aggiornato", "pubblicato", "il", "di",
            "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
            "segunda", "terça", "quarta", "quinta", "sexta", "feira", "atualizado", "em",
            "januari", "februari", "maart", "mei", "augustus", "oktober", "maandag", "dinsdag", "woensdag", "donderdag",
            "vrijdag", "zaterdag", "zondag", "bijgewerkt", "gepubliceerd", "op", "door",
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
            "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
            "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "обновлено", "опубликовано", "г", "в",
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
            "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "آخر", "تحديث", "نشر", "بتوقيت", "غرينتش",
            "年", "月", "日", "时", "時", "分", "秒", "星", "期", "更", "新", "发", "布", "于", "公", "開", "投", "稿", "曜",
        ]),
    ];

    /// <summary>
    /// The first word of every phrase but the date phrases, lower-cased and split as lines are, with the most words a phrase
    /// starting with it has: a line's phrases cannot cover more words than the sum of these over its words.
    /// </summary>
    public static IReadOnlyDictionary<string, int> PhraseStarts()
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string phrase in Entries.Where(e => e.Category != LexiconCategory.Date).SelectMany(e => e.Phrases))
        {
            string[] words = LowerWords.Split(phrase);
            starts[words[0]] = Math.Max(starts.GetValueOrDefault(words[0]), words.Length);
        }

        return starts;
    }

    /// <summary>Every word of the date phrases (date stamps need numbers too, so they are counted apart).</summary>
    public static IEnumerable<string> DateWords() => WordsOf(e => e.Category == LexiconCategory.Date);

    /// <summary>
    /// First words of the copyright and credits phrases: the only phrases that decide a line when they cover little of it.
    /// A line with neither these nor enough lexicon words cannot be judged by the lexicon, which lets the filter skip it.
    /// </summary>
    public static IEnumerable<string> AnchorWords() => Entries
        .Where(e => e.Category is LexiconCategory.Copyright or LexiconCategory.Credits)
        .SelectMany(e => e.Phrases)
        .Select(p => LowerWords.Split(p)[0])
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> WordsOf(Func<(LexiconCategory Category, string[] Phrases), bool> predicate) =>
        Entries.Where(predicate).SelectMany(e => e.Phrases).SelectMany(LowerWords.Split).Distinct(StringComparer.Ordinal);
}
