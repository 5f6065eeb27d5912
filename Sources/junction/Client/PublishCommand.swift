import ArgumentParser
import ConnectorSDK
import Foundation

/// `junction publish`: validate, test, pack, sign and upload.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "Validate, test, pack, sign and upload a connector (a source folder or a packed archive).")

    @Argument(help: "A connector folder or a .zip archive (its .sig beside it is sent along).")
    var path: String = "."

    @Option(help: "The private key to sign with (a folder is signed with it; default: the only key in ~/.junction/keys).")
    var key: String?

    @Flag(help: "Upload without a signature (only registries that allow unsigned packages take it).")
    var unsigned = false

    @OptionGroup var options: ClientOptions

    func run() async throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CommandFailure.usage("no such file or folder: \(path)")
        }
        let bytes: [UInt8]
        var signature: PackageSignature?
        if isDir.boolValue {
            bytes = try PackageBuild.build(folder: path, allowHTTP: false, runTests: true, outcome: "not published").bytes
            if !unsigned {
                let keyPath = try key ?? Self.defaultKey()
                do {
                    signature = try PackageSignature.sign(
                        digest: PackageArchive.digest(of: bytes), with: try SigningKey.readPrivateKey(from: keyPath))
                } catch let e as SigningKeyError {
                    throw CommandFailure.usage(e.message)
                }
            }
        } else {
            let archive: PackageArchive
            (archive, bytes) = try Files.readArchiveAndBytes(path)
            if !unsigned, let sig = FileManager.default.contents(atPath: PackageSignature.fileName(forArchive: path)) {
                do { signature = try PackageSignature(json: [UInt8](sig)) } catch { throw CommandFailure.problem(error.message) }
                if signature?.digest != archive.digest {
                    throw CommandFailure.problem("\(path).sig signs another package; sign this archive again")
                }
            } else if !unsigned {
                throw CommandFailure.usage(
                    "no \(PackageSignature.fileName(forArchive: path)); sign with junction connector sign, or pass --unsigned")
            }
        }
        let client = options.client
        guard client.token != nil else { throw CommandFailure.usage("no token for \(client.baseURL); run junction login first") }
        var headers: [(String, String)] = [("Content-Type", "application/zip")]
        if let signature { headers.append(("Junction-Signature", Data(try signature.json()).base64EncodedString())) }
        let showProgress = isatty(STDERR_FILENO) == 1 && !options.json
        let reply = try await client.send(.POST, "/v1/packages", body: bytes, headers: headers) { sent, total in
            guard showProgress else { return }
            let width = 30
            let done = total == 0 ? width : sent * width / total
            let bar = String(repeating: "#", count: done) + String(repeating: ".", count: width - done)
            FileHandle.standardError.write(Data("\r[\(bar)] \(sent * 100 / max(total, 1))% of \(total) bytes".utf8))
            if sent == total { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        let doc = try client.expect(reply, [200, 201])
        if options.json {
            print(Output.json(doc))
        } else {
            let status = doc["status"]?.stringValue == "unchanged" ? "already published (same bytes)" : "published"
            print("\(doc["name"]?.stringValue ?? "") \(doc["version"]?.stringValue ?? ""): \(status)")
            print("digest \(doc["digest"]?.stringValue ?? "")")
        }
    }

    static func defaultKey() throws -> String {
        let dir = Files.home(".junction/keys")
        let keys = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".key") }
        guard keys.count == 1, let only = keys.first else {
            throw CommandFailure.usage(
                keys.isEmpty ? "no signing key: run junction keys generate, or pass --key" : "several keys in \(dir): choose one with --key"
            )
        }
        return dir + "/" + only
    }
}
