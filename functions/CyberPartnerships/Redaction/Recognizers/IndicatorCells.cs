namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// Cells that are indicators by their form: a URL (also defanged, <c>hxxps://</c>), a host name on a top-level domain
/// (<c>docs-share-50.ru</c>, <c>auth-verify.info</c>), or a hash (32, 40 or 64 hexadecimal digits). A column of them,
/// with IP addresses among them, is a column of indicators whatever its header says: its IP addresses are the
/// criminals' infrastructure, bound to the column by its other values.
/// </summary>
internal static class IndicatorCells
{
    /// <summary>Generic and country top-level domains seen in indicators; a name on another ending ("ilse.jansen") is not a host.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevel = new HashSet<string>(
        ("com net org info biz name pro top xyz site online shop store live icu cc io me co tv ws su ru ua by kz cn hk tw jp kr in " +
         "ir tr uk eu de fr es it pl nl be pt at ch cz sk hu ro bg gr se no dk fi ie lu lt lv ee si hr rs br mx ar cl pe uy py bo " +
         "ve ec gt cr pa do cu us ca au nz za ng ke eg ma tk ml ga cf gq pw click link club vip work fun space website tech app " +
         "dev cloud digital email support services help login bond cyou cfd sbs rest").Split(' '),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsIndicator(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        if (cell.IsEmpty || cell.IndexOfAny(" \t@") >= 0)
        {
            return false;
        }

        var shape = Shape.Of(cell);
        if (Shapes.IsUrlOrDefanged(cell, shape) || cell.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (cell.Length is 32 or 40 or 64 && !cell.ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            return true;
        }

        var dot = cell.LastIndexOf('.');
        return dot > 0 && dot < cell.Length - 1 && !Shapes.IsIPv4(cell, out _) && TopLevel.Contains(cell[(dot + 1)..]) &&
            !cell.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
    }

    public static bool IsIp(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        return (Shapes.IsIPv4(cell, out var end) && end == cell.Length) || (cell.Contains(':') && Shapes.IsIPv6(cell));
    }
}
