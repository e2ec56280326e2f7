// Each collection starts an AppHost (emulator and four services, about a gigabyte and most of two
// cores): one at a time, never side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
