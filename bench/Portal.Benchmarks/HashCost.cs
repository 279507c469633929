using System.Diagnostics;
using System.Globalization;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Identity;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>What one password check costs with the Portal's hasher (ASP.NET Core Identity defaults), on one thread.</summary>
internal static class HashCost
{
    public static void Print()
    {
        var hasher = new PasswordHasher<Member>();
        var member = new Member();
        string hash = hasher.HashPassword(member, BenchPhone.Password);
        hasher.VerifyHashedPassword(member, hash, BenchPhone.Password);
        var times = new List<double>();
        for (int i = 0; i < 15; i++)
        {
            var clock = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(member, hash, BenchPhone.Password);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        double median = Stats.Median(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"password hash (Identity v3 default, PBKDF2-HMAC-SHA512): median {median:F1} ms per check on one thread " +
            $"= ceiling {1000 / median * Environment.ProcessorCount:F0} checks/s on {Environment.ProcessorCount} cores if nothing else ran"));
    }
}
