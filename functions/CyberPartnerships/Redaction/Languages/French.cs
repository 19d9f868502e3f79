namespace CyberPartnerships.Redaction.Languages;

/// <summary>French (fr), of France, Belgium and the OAS's French-speaking members.</summary>
internal static class French
{
    public static readonly LanguageData Data = new(
        "fr",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "victime victimes"),
            (Cue.Person, "nommé nommée appelé appelée nom titulaire plaignant plaignante client"),
            (Cue.Title, "mme mme. mlle mlle. monsieur madame mademoiselle"),
            (Cue.Phone, "téléphone portable tél tél. joignable appeler joindre"),
            (Cue.Card, "carte cartes bancaire cb"),
            (Cue.Account, "compte comptes rib"),
            (Cue.NationalId, "nir insee sécurité securite sécu secu identité identite passeport"),
            (Cue.BirthDate, "naissance né née"),
            (Cue.Username, "identifiant utilisateur pseudo"),
            (Cue.Password, "passe mdp motdepasse"),
            (Cue.Address, "demeurant demeurante domicilié domiciliée adresse habite"),
            (Cue.VictimIp, "domicile privée client abonné infecté infectée"),
            (Cue.InfraIp, "contrôlé contrôlée commandes exfiltre télécharge téléchargé téléchargée hébergé hébergée échantillon commande " +
                "serveur serveurs contrôle malveillant malveillante attaquant indicateur indicateurs téléchargeait téléchargent télécharger " +
                "résolu résout pirate escroc escrocs frauduleux frauduleuse"),
            (Cue.WeakVictimIp, "depuis son sa ses leur"),
            (Cue.WeakInfraIp, "vers"),
            (Cue.Username | Cue.Password, "identifiants"),
            (Cue.Filler | Cue.Conjunction, "et ou avec"),
            (Cue.Filler, "utilisé utilisée est était de du des le la les un une au à"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "nomcomplet nometprénom nometprenom nom prenom prénom"),
            (FieldHint.Email, "courriel"),
            (FieldHint.Phone, "portable"),
            (FieldHint.Username, "utilisateur"),
            (FieldHint.Password, "motdepasse"),
            (FieldHint.PostalAddress, "adresse"),
            (FieldHint.DateOfBirth, "naissance nele néle datedenaissance"),
            (FieldHint.NationalId, "nir niss"),
        ],
        Months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        Closings: ["cordialement", "bien cordialement", "bien à vous", "merci", "salutations", "sincères salutations"],
        Wrote: ["a écrit"],
        StreetsBefore: "rue avenue av. boulevard bd impasse allée chemin place quai route cours square passage",
        Greetings: ["bonjour", "bonsoir", "cher", "chère", "salut", "coucou"],
        Roles: "agent agente client cliente conseiller conseillère opérateur assistant support utilisateur analyste",
        FunctionWords: "le la les l un une des et ou de d du au aux en dans sur sous pour par avec sans que qui ne pas est " +
            "sont était été a ont avait il elle ils elles nous vous on son sa ses leur leurs ce cet cette ces mais plus " +
            "très comme lors depuis aussi entre se s y n qu");
}
