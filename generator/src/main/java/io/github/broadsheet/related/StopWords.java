package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stop-word lists per language, chosen by the primary subtag of a language tag ("en-GB" and "en_US" use English).
 * The words are stored in the form the {@link Tokenizer} produces: lower case, split at apostrophes (so the lists
 * carry fragments like "don" or "qu"), single letters left out because the tokenizer drops them anyway. The lists
 * follow the Snowball lists, trimmed, plus a few reporting words ("said", "says") that carry no topic.
 */
final class StopWords {

    private static final String EN = """
            about above after again against all also although am among an and another any are aren around as at be
            because been before being below between both but by can cannot could couldn did didn do does doesn doing
            don down during each either even every few for from further had hadn has hasn have haven having he her
            here hers herself him himself his how however if in into is isn it its itself just least less let ll many
            may me might mightn more most much must mustn my myself needn neither no nor not now of off often on once
            one only or other others our ours ourselves out over own per quite rather re said same say says shall
            shan she should shouldn since so some such than that the their theirs them themselves then there these
            they this those though through thus to too under until unless up upon us ve very via was wasn we were
            weren what whatever when whenever where whereas whether which while who whoever whom whose why will
            with within without won would wouldn yet you your yours yourself yourselves
            """;

    private static final String DE = """
            aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm
            andern anders auch auf aus bei beim bin bis bist bzw da damit dann das dass daß dein deine deinem deinen
            deiner deines dem den denn der deren derer des dessen dich die dies diese diesem diesen dieser dieses dir
            doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er
            es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier
            hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder
            jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte man
            manche manchem manchen mancher manches mehr mein meine meinem meinen meiner meines mich mir mit muss
            musste nach nachdem nicht nichts noch nun nur ob oder ohne schon sehr sei sein seine seinem seinen seiner
            seines seit selbst sich sie sind so solche solchem solchen solcher solches soll sollte sondern sonst
            sowie über um und uns unser unsere unserem unseren unserer unseres unter viel vom von vor während war
            waren warst was weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder will
            wir wird wirst wo wurde wurden würde würden zu zum zur zwar zwischen
            """;

    private static final String FR = """
            ai aie aient aies ait alors as au aucun aussi autre aux avaient avais avait avant avec avez aviez avions
            avoir avons ayant ayez ayons ce ceci cela celle celles celui cet cette ces chaque ci comme comment dans
            de des donc dont du elle elles en encore entre es est et étaient étais était étant été êtes étiez étions
            eu eue eues eurent eus eut eux fait faire fois font furent fut il ils je jusqu la le les leur leurs lors
            lorsqu lui ma mais me même mes moi moins mon ne ni nos notre nous on ont ou où par parce pas peu peut
            plus pour pourquoi qu quand que quel quelle quelles quels qui sa sans se sera serait seront ses si soi
            soit sommes son sont sous suis sur ta te tes toi ton tous tout toute toutes très tu un une vers vos
            votre vous
            """;

    private static final String ES = """
            al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así cada como con contra cual
            cuales cuando de del desde donde dos durante el él ella ellas ellos en entre era eran es esa esas ese
            eso esos esta está estaba estaban estado están estar estas este esto estos fue fueron ha había habían
            han hasta hay he hemos la las le les lo los más me mi mí mis mucho muchos muy nada ni no nos nosotros
            nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque que qué quien
            quienes se sea sean ser si sí sido siendo sin sobre son su sus también tan tanto te tiene tienen todo
            todos tu tú tus un una unas uno unos usted ustedes ya yo
            """;

    private static final String IT = """
            al alla alle allo agli ai anche ancora avere aveva avevano che chi come con cosa così da dal dalla dalle
            degli dei del della delle dello dentro di dove è ed era erano essere fa gli ha hanno il in io la le lei
            lo loro lui ma mi mia mie miei mio ne nei nel nella nelle nello noi non nostra nostro o per perché più
            poi quale quando quella quelle quelli quello questa queste questi questo se sei senza si sia siamo sono
            sta stato su sua sue sui sul sulla suo suoi tra tutti tutto un una uno vi voi
            """;

    private static final String PT = """
            ao aos aquela aquele aquilo as até com como da das de dela dele deles depois do dos ela elas ele eles em
            entre era eram essa esse esta está estão este eu foi foram há isso isto já lhe mais mas me mesmo meu
            minha muito na nas não nem no nos nós num numa os ou para pela pelas pelo pelos por quando que quem se
            sem ser seu seus só sua suas também te tem têm tu um uma você vocês
            """;

    private static final String NL = """
            aan al als bij dan dat de der deze die dit doch door dus een en er ge geen had heb hebben heeft hem het
            hier hij hoe hun iets ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets nog nu of
            om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor was wat we wel werd wezen
            wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou
            """;

    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "en", parse(EN), "de", parse(DE), "fr", parse(FR), "es", parse(ES),
            "it", parse(IT), "pt", parse(PT), "nl", parse(NL));

    private StopWords() {
    }

    /** The primary language subtag in lower case ("en-GB" -> "en"), or "en" when unknown or missing. */
    static String languageKey(String language) {
        if (language == null) {
            return "en";
        }
        String key = language.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < key.length() && key.charAt(cut) >= 'a' && key.charAt(cut) <= 'z') {
            cut++;
        }
        key = key.substring(0, cut);
        return BY_LANGUAGE.containsKey(key) ? key : "en";
    }

    /** The stop words for a language tag; an immutable set. */
    static Set<String> forLanguage(String language) {
        return BY_LANGUAGE.get(languageKey(language));
    }

    private static Set<String> parse(String words) {
        return Arrays.stream(words.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
