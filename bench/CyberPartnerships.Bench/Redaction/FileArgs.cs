namespace CyberPartnerships.Bench.Redaction;

/// <summary>The arguments of the benchmarks that read files: the files, and <c>--show N</c> examples to print.</summary>
internal static class FileArgs
{
    public static (List<string> Files, int Show) Parse(string[] args, int show = 20)
    {
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--show" && i + 1 < args.Length)
            {
                show = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                files.Add(args[i]);
            }
        }

        return (files, show);
    }
}
