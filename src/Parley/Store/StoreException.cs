namespace Parley.Store;

/// <summary>A database that cannot be used as a Parley store, with the reason a user can act on.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
