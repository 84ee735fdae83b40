import Foundation

/// Wall time, CPU time and peak resident memory of one phase.
enum Measure {
    struct Phase<T> {
        var value: T
        var seconds: Double
        var cpuSeconds: Double
        var peakRSS: Int64
    }

    static func phase<T>(_ body: () throws -> T) rethrows -> Phase<T> {
        resetPeakRSS()
        let cpuStart = cpuTime()
        let start = ContinuousClock.now
        let value = try body()
        return Phase(value: value, seconds: (ContinuousClock.now - start).seconds, cpuSeconds: cpuTime() - cpuStart, peakRSS: peakRSS())
    }

    /// Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS. Freed heap
    /// memory is handed back first (`malloc_trim`), so a phase is not charged for what the one
    /// before it left in the allocator.
    static func resetPeakRSS() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
    }

    /// VmHWM from /proc/self/status, in bytes.
    static func peakRSS() -> Int64 {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int64(digits) ?? 0) * 1024
        }
        return 0
    }

    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

#if os(Linux)
    /// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
