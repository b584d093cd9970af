/// The intent files compiled into the binary by the EmbedIntents plugin: each file's name and text.
public enum BundledIntents {
    /// The folder the files came from, as error messages name it: `intents/<file>.yaml:line:`.
    public static let folder = "intents"

    /// Every `intents/*.yaml` file as it was at build time, sorted by name.
    public static var files: [(name: String, text: String)] { generated }
}
