namespace CyberPartnerships.Redaction.Languages;

/// <summary>Spanish (es), with the national ids of the OAS's Spanish-speaking members (CURP, RUT, CUIT/CUIL, cédula).</summary>
internal static class Spanish
{
    public static readonly LanguageData Data = new(
        "es",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "víctima víctimas perjudicado perjudicada afectado afectada damnificado damnificada"),
            (Cue.Person, "llamado llamada llamados nombrado nombre nombres titular cliente denunciante declarante"),
            (Cue.Title, "sr sr. sra sra. srta srta. don doña dña dña. señor señora señorita"),
            (Cue.Phone, "tlf tfno tfno. móvil movil celular teléfono telefono contactar llamar contacto"),
            (Cue.Card, "tarjeta tarjetas crédito débito"),
            (Cue.Account, "cuenta cuentas"),
            (Cue.NationalId, "documento documentos identificación identificacion ciudadanía ciudadania dni nie nif cif cédula cedula c.c. cc " +
                "curp rfc identidad pasaporte rut cuit cuil c.i"),
            (Cue.BirthDate, "nacimiento nacido nacida nació nac nac."),
            (Cue.Username, "usuario usuarios"),
            (Cue.Password, "contraseña contrasena clave"),
            (Cue.Address, "vecino vecina vecinos vecinas residente domiciliado domiciliada dirección direccion domicilio vive reside"),
            (Cue.VictimIp, "casa doméstica doméstico domestica domestico residencial domicilio privado privada cliente clientes abonado " +
                "infectado infectada"),
            (Cue.InfraIp, "exfiltra controlado controlada comandos descarga descargado descargada alojado alojada muestra mando comando servidor " +
                "servidores malicioso maliciosa atacante infraestructura indicador indicadores descargaron descargó descargaba descargar " +
                "troyano troyanos resuelto resuelve pirata piratas estafador estafadores fraudulento fraudulenta"),
            (Cue.WeakVictimIp, "desde su sus"),
            (Cue.WeakInfraIp, "hacia para"),
            (Cue.Username | Cue.Password, "credenciales"),
            (Cue.Filler | Cue.Conjunction, "y o con"),
            (Cue.Filler, "es era fue el la los las de del un como en usado usada utilizado utilizada"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "nombrecompleto nombreyapellidos nombre apellido apellidos"),
            (FieldHint.Email, "correo correoelectronico"),
            (FieldHint.Phone, "telefono teléfono celular"),
            (FieldHint.Username, "usuario"),
            (FieldHint.Password, "contrasena contraseña"),
            (FieldHint.PostalAddress, "direccion dirección"),
            (FieldHint.DateOfBirth, "fechanac nacimiento fechadenacimiento fechanacimiento"),
            (FieldHint.NationalId, "dni nie nif cedula cédula curp rut cuit cuil rfc cedulaidentidad ceduladeidentidad"),
        ],
        Months: "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
        Closings: ["saludos", "un saludo", "saludos cordiales", "atentamente", "cordialmente", "gracias", "muchas gracias"],
        Wrote: ["escribió"],
        StreetsBefore: "calle c/ avda. avenida pza. plaza paseo camino ronda travesía carretera glorieta pasaje",
        Greetings: ["hola", "estimado", "estimada", "querido", "querida", "buenos días", "buenas tardes", "buenas noches", "buenas"],
        Roles: "agente cliente operador operadora asistente soporte usuario analista",
        FunctionWords: "el la los las un una unos unas y e o u de del al en con sin por para que se su sus es fue son era " +
            "eran ha han he había no lo le les como pero más muy este esta estos estas ese esa desde cuando donde también " +
            "sobre entre hasta nos mi sí ya");
}
