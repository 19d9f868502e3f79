namespace CyberPartnerships.Redaction;

/// <summary>
/// The <see cref="FieldHint"/> of a named field: a CSV column header or a JSON property name, in the partnership's
/// languages. Names are compared lowercased without separators (<c>Date of Birth</c> = <c>date_of_birth</c> =
/// <c>dateOfBirth</c>). An unknown name is free text: the text redactor still looks for personal data in it.
/// </summary>
public static class FieldHints
{
    private static readonly Dictionary<string, FieldHint> Known = Build();

    public static FieldHint ForName(string? name) => name is null ? FieldHint.FreeText : ForName(name.AsSpan());

    public static FieldHint ForName(ReadOnlySpan<char> name)
    {
        if (name.IsWhiteSpace())
        {
            return FieldHint.FreeText;
        }

        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name[..Math.Min(name.Length, 128)])
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return Known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var hint) ? hint : FieldHint.FreeText;
    }

    private static Dictionary<string, FieldHint> Build()
    {
        var map = new Dictionary<string, FieldHint>(StringComparer.Ordinal);
        void Add(FieldHint hint, params string[] names)
        {
            foreach (var n in names)
            {
                map[n] = hint;
            }
        }

        Add(FieldHint.PersonName, "name", "fullname", "firstname", "lastname", "surname", "givenname", "familyname", "displayname",
            "victim", "victimname", "contactname", "person", "nombre", "apellido", "apellidos", "nome", "sobrenome", "naam",
            "voornaam", "achternaam", "nom", "prenom", "prénom", "vorname", "nachname", "author", "authors");
        Add(FieldHint.Email, "email", "emailaddress", "mail", "correo", "correoelectronico", "courriel", "emailadres");
        Add(FieldHint.Phone, "phone", "phonenumber", "telephone", "tel", "mobile", "cell", "telefono", "teléfono", "telefone",
            "celular", "telefoon", "telefonnummer", "handy", "portable");
        Add(FieldHint.Username, "username", "user", "login", "userid", "accountlogin", "account", "usuario", "usuário", "gebruikersnaam",
            "benutzername", "utilisateur");
        Add(FieldHint.Password, "password", "pass", "passwd", "pwd", "pw", "credential", "credentials", "contrasena", "contraseña", "senha",
            "wachtwoord", "passwort", "motdepasse");
        Add(FieldHint.PostalAddress, "address", "street", "streetaddress", "postaladdress", "homeaddress", "direccion", "dirección",
            "endereco", "endereço", "adres", "adresse", "anschrift");
        Add(FieldHint.VictimIp, "ip", "ipaddress", "victimip", "srcip", "sourceip", "clientip", "userip", "customerip");
        Add(FieldHint.DateOfBirth, "dob", "dateofbirth", "birthdate", "birthday", "fechadenacimiento", "fechanacimiento",
            "datadenascimento", "geboortedatum", "datedenaissance", "geburtsdatum");
        Add(FieldHint.NationalId, "ssn", "nationalid", "nationalidnumber", "idnumber", "dni", "nie", "cpf", "curp", "bsn", "nir",
            "cedula", "cédula", "passport", "passportnumber", "pesel", "nip", "dowodosobisty", "nrdowodu", "numerdowodu", "nino",
            "nationalinsurancenumber", "ninumber", "codicefiscale", "cf", "cartaidentita", "cartadidentita", "cartaidentità",
            "cartadidentità", "numerocartaidentita", "nif", "contribuinte", "numerodecontribuinte", "cartaodecidadao",
            "cartãodecidadão", "rijksregisternummer", "insz", "niss", "steuerid", "steueridentifikationsnummer",
            "svnr", "svnummer", "sozialversicherungsnummer", "rut", "cuit", "cuil", "rfc", "cedulaidentidad", "ceduladeidentidad");
        Add(FieldHint.Indicator, "indicator", "indicators", "ioc", "iocs", "sha256", "sha1", "md5", "hash", "filehash", "domain",
            "domainname", "url", "c2", "c2ip", "c2domain", "c2url", "serverip", "dstip", "destinationip", "wallet", "btcwallet",
            "cve", "malware", "malwarefamily", "family", "caseid", "case", "tlp", "firstseen", "lastseen", "port", "asn",
            "category", "type", "indicatortype");
        return map;
    }
}
