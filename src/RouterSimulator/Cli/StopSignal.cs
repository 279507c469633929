using System.Runtime.InteropServices;

namespace KimHotspot.RouterSimulator.Cli;

/// <summary>Turns Ctrl+C and SIGTERM into a cancellation token, so the simulator stops cleanly.</summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration? _sigterm;

    public StopSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        if (!OperatingSystem.IsWindows())
        {
            _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        }
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _sigterm?.Dispose();
        _stop.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _stop.Cancel();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.Cancel();
    }
}
