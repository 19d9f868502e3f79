namespace CyberPartnerships.Redaction.Languages;

/// <summary>Portuguese (pt), of Portugal and Brazil (CPF, RG, NIF, Cartão de Cidadão).</summary>
internal static class Portuguese
{
    public static readonly LanguageData Data = new(
        "pt",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "vítima vítimas lesado lesada damnificado damnificada ofendido ofendida"),
            (Cue.Person, "chamado chamada chamados nome titular cliente queixoso queixosa declarante denunciante"),
            (Cue.Title, "snr snr. senhor senhora dona sr sr. sra sra."),
            (Cue.Phone, "celular telefone telemóvel telemovel ligar contato contacto"),
            (Cue.Card, "cartão cartões crédito débito"),
            (Cue.Account, "conta contas"),
            (Cue.NationalId, "documento identidade passaporte cpf rg contribuinte cidadão cidadao nif"),
            (Cue.BirthDate, "nasc nascimento nascido nascida nasceu"),
            (Cue.Username, "usuário usuários utilizador"),
            (Cue.Password, "senha senhas palavra-passe"),
            (Cue.Address, "domiciliado domiciliada residente endereço endereco morada residência mora reside"),
            (Cue.VictimIp, "casa residencial domicílio residência privado privada cliente clientes assinante infectado infectada"),
            (Cue.InfraIp, "exfiltra controle controlado controlada comandos baixa baixado baixada hospedado hospedada amostra comando servidor servidores " +
                "malicioso maliciosa atacante infraestrutura indicador indicadores baixou baixaram baixava baixar resolvido resolvia " +
                "golpista golpistas fraudulento fraudulenta pirata piratas"),
            (Cue.WeakVictimIp, "desde sua seu"),
            (Cue.WeakInfraIp, "para"),
            (Cue.Username | Cue.Password, "credenciais"),
            (Cue.Filler | Cue.Conjunction, "e ou com"),
            (Cue.Filler, "é foi de do da o os um uma em usado usada utilizado utilizada como"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "nomecompleto nome sobrenome"),
            (FieldHint.Phone, "telefone celular"),
            (FieldHint.Username, "usuário"),
            (FieldHint.Password, "senha"),
            (FieldHint.PostalAddress, "endereco endereço"),
            (FieldHint.DateOfBirth, "datanascimento nascimento datadenascimento"),
            (FieldHint.NationalId, "cpf nif contribuinte numerodecontribuinte cartaodecidadao cartãodecidadão"),
        ],
        Months: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        Closings: ["atenciosamente", "cumprimentos", "obrigado", "obrigada", "abraço", "abraços", "melhores cumprimentos", "cordialmente"],
        Wrote: ["escreveu"],
        StreetsBefore: "rua r. avenida av. travessa praça largo estrada alameda rodovia beco",
        Greetings: ["olá", "ola", "oi", "caro", "cara", "prezado", "prezada", "bom dia", "boa tarde", "boa noite"],
        Roles: "agente cliente atendente assistente operador suporte utilizador usuário analista",
        FunctionWords: "o a os as um uma uns umas e ou de do da dos das no na nos nas em com sem por para que se seu sua " +
            "seus suas é foi são era eram não ao aos à às pelo pela pelos pelas como mas mais muito este esta isso isto " +
            "quando onde também sobre entre até ele ela eles elas já");
}
