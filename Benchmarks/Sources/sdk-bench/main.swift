// Times the vendor path of issue 3: validate, test and pack the largest example connector, and read
// and check a maximal package (5 MiB, 256 files). Prints the median and best of N runs.
//   swift run -c release --package-path Benchmarks sdk-bench [--runs N]
import ConnectorSDK
import Foundation

let args = CommandLine.arguments
let runs = args.firstIndex(of: "--runs").flatMap { args.count > $0 + 1 ? Int(args[$0 + 1]) : nil } ?? 20

func measure(_ name: String, _ body: () throws -> Void) rethrows {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    let line = label + String(format: " median %8.2f ms   best %8.2f ms", times[times.count / 2], times[0])
    print(line)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let examples = root.appendingPathComponent("ConnectorSDK/Examples")
let folders = try FileManager.default.contentsOfDirectory(atPath: examples.path).map { examples.appendingPathComponent($0) }
var largest: (URL, Int)?
for f in folders {
    let files = try PackageFiles.read(folder: f)
    let size = files.files.values.reduce(0) { $0 + $1.count }
    if size > (largest?.1 ?? 0) { largest = (f, size) }
}
guard let (folder, size) = largest else { fatalError("no examples under \(examples.path)") }
print("largest example: \(folder.lastPathComponent) (\(size) bytes of source); \(runs) runs each")

let files = try PackageFiles.read(folder: folder)
try measure("read folder") { _ = try PackageFiles.read(folder: folder) }
measure("validate (parse, schema, compile all)") { precondition(ConnectorValidator.validate(files).isValid) }
let connector = try ConnectorValidator.load(files)
measure("test (run every tests/*.yaml case)") { precondition(TestRunner.run(connector, files: files).isSuccess) }
try measure("pack (deterministic zip)") { _ = try PackageWriter.pack(folder: folder) }
try measure("validate + test + pack (the CLI's pack)") {
    let f = try PackageFiles.read(folder: folder)
    let c = try ConnectorValidator.load(f)
    precondition(TestRunner.run(c, files: f).isSuccess)
    _ = try PackageWriter.pack(files: f.entries)
}

// A maximal package: 256 files of incompressible bytes, just under the 5 MiB archive cap.
var generator = SystemRandomNumberGenerator()
let perFile = (5 * 1024 * 1024 - 256 * 200) / 256
var big: [(path: String, bytes: [UInt8])] = []
for i in 0..<256 {
    big.append(
        (path: String(format: "data/file-%03d.bin", i), bytes: (0..<perFile).map { _ in UInt8.random(in: 0...255, using: &generator) }))
}
let bigArchive = try PackageWriter.pack(files: big)
print("maximal package: \(bigArchive.count) bytes, \(big.count) files")
try measure("read + check maximal package (in memory)") { _ = try PackageArchive(bytes: bigArchive) }
