Console.WriteLine("KimHotspot RouterSimulator");
