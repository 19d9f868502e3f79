namespace CyberPartnerships.Redaction.Languages;

/// <summary>English (en).</summary>
internal static class English
{
    public static readonly LanguageData Data = new(
        "en",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "victim victims victim's"),
            (Cue.Person, "named called name holder customer complainant"),
            (Cue.Title, "mr mr. mrs mrs. ms ms. miss dr dr."),
            (Cue.Phone, "phone phones telephone tel tel. mobile cell cellphone whatsapp fax reachable reached call calls"),
            (Cue.Card, "card cards credit debit visa mastercard amex creditcard pan"),
            (Cue.Account, "iban account accounts acct"),
            (Cue.NationalId, "ssn social-security document identity passport"),
            (Cue.BirthDate, "birth birthdate birthday born dob d.o.b."),
            (Cue.Username, "useraccount username usernames logged alias screenname user user-id userid user_name login logins handle nick nickname"),
            (Cue.Password, "password passwords passwd pwd pw pass passphrase pin"),
            (Cue.Address, "residing resident living address addresses addr postal resides lives"),
            (Cue.VictimIp, "home house household residential residence private customer customers client subscriber laptop router workstation " +
                "infected isp dsl broadband"),
            (Cue.InfraIp, "controlled commands exfiltrates download downloads downloaded sample samples beaconed contacted callbacks command " +
                "command-and-control control controller server servers panel botnet beacon beacons beaconing callback gate dropper payload " +
                "loader malware malicious attacker infrastructure hosting hosted sinkhole proxy relay exfiltration exfil indicator indicators " +
                "phishing scanner blocklist blacklist staging downloader exploit trojan trojans stealer infostealer ransomware exitnode " +
                "exit-node hoster bulletproof resolves resolved resolving hacker hackers pirate scammer scammers fraudster fraudsters fraudulent"),
            (Cue.WeakVictimIp, "from his her their"),
            (Cue.WeakInfraIp, "to towards"),
            (Cue.Username | Cue.Password, "credentials credential creds"),
            (Cue.Filler | Cue.Conjunction, "and or with"),
            (Cue.Filler, "is was are were the a an of used set to as in"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "name fullname firstname lastname surname givenname familyname displayname victim victimname contactname " +
                "person author authors"),
            (FieldHint.Email, "email emailaddress mail"),
            (FieldHint.Phone, "phone phonenumber telephone tel mobile cell"),
            (FieldHint.Username, "username user login userid accountlogin account"),
            (FieldHint.Password, "password pass passwd pwd pw credential credentials"),
            (FieldHint.PostalAddress, "address street streetaddress postaladdress homeaddress"),
            (FieldHint.DateOfBirth, "born dob dateofbirth birthdate birthday"),
            (FieldHint.NationalId, "ssn nationalid nationalidnumber idnumber passport passportnumber nino nationalinsurancenumber ninumber"),
        ],
        Months: "january february march april may june july august september october november december " +
            "jan feb mar apr jun jul aug sep sept oct nov dec",
        Closings:
        [
            "regards", "kind regards", "best regards", "best", "cheers", "thanks", "thank you", "many thanks", "sincerely",
            "yours sincerely", "yours faithfully", "warm regards", "br",
        ],
        Wrote: ["wrote"],
        StreetsAfter: "street st st. road rd rd. avenue ave ave. lane ln drive dr close way court ct crescent place terrace boulevard blvd gardens grove",
        Greetings: ["hi", "hello", "dear", "hey", "good morning", "good afternoon", "good evening"],
        Roles: "agent customer client support operator assistant analyst bot system helpdesk service desk caller user admin moderator",
        FunctionWords: "the a an and or of to in on at for from with by is was are were be been being has have had he she it " +
            "they we you i his her their its this that these those which who whom not no as but if after before when then " +
            "there also about into than our your them him me my did do does can could will would should may");
}
