Console.WriteLine("Archive indexer");
