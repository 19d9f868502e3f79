namespace CyberPartnerships.Configuration;

/// <summary>Why a configured key could not be used.</summary>
public enum KeyProblem
{
    None,
    Missing,
    NotBase64,
    TooShort,
}

/// <summary>Keys given in configuration or the environment as base64 (approval-link signing keys, pseudonym keys).</summary>
public static class KeyMaterial
{
    /// <summary>Decodes <paramref name="base64"/>; <paramref name="key"/> is set only when the result is <see cref="KeyProblem.None"/>.</summary>
    public static KeyProblem TryDecode(string? base64, int minimumBytes, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return KeyProblem.Missing;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return KeyProblem.NotBase64;
        }

        if (bytes.Length < minimumBytes)
        {
            return KeyProblem.TooShort;
        }

        key = bytes;
        return KeyProblem.None;
    }
}
