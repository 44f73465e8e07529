/* Test-only shim for running vanban.exe under Wine 8 (CI, .ci/windows-smoke.sh); never shipped.
 * Rust's std (1.78+) takes its random bytes (HashMap seeds) from ProcessPrng in
 * bcryptprimitives.dll, which real Windows 10+ has and Wine 8 lacks. RtlGenRandom
 * (advapi32!SystemFunction036) gives the same service.
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    /* RtlGenRandom takes a ULONG length: fill larger requests in chunks. */
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
